import { formatDate } from '#platform/i18n/i18n.ts';
import type { LetterTemplate } from './engine/workflow-definition.ts';
import { renderLetter as renderTemplate } from './engine/letter-template.ts';

export interface LetterValues {
  caseReference: string;
  caseTypeName: { da: string; en: string };
  partyName: string;
  deadline: Date | null;
  note?: string;
}

/** A workflow's letter filled in (by the engine): the Danish text with the English copy below (digital post letters have one body). */
export function renderLetter(template: LetterTemplate, values: LetterValues): { subject: string; body: string } {
  const part = (locale: 'da' | 'en') =>
    renderTemplate(template, locale, {
      caseReference: values.caseReference,
      caseTypeName: values.caseTypeName[locale],
      partyName: values.partyName,
      deadline: values.deadline ? formatDate(values.deadline, locale) : '',
      note: values.note ?? '',
    });
  const da = part('da');
  const en = part('en');
  return { subject: da.subject, body: `${da.body}\n---\n\n${en.subject}\n\n${en.body}` };
}
