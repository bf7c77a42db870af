import { formatDate } from '../../platform/i18n/i18n.ts';
import type { LetterTemplate } from './engine/workflow-definition.ts';

export interface LetterValues {
  caseReference: string;
  caseTypeName: { da: string; en: string };
  partyName: string;
  deadline: Date | null;
  note?: string;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name] : whole));

/** A workflow's letter template filled in: the Danish text with the English copy below (digital post letters have one body). */
export function renderLetter(template: LetterTemplate, values: LetterValues): { subject: string; body: string } {
  const part = (locale: 'da' | 'en') => {
    const filled = {
      caseReference: values.caseReference,
      caseTypeName: values.caseTypeName[locale],
      partyName: values.partyName,
      deadline: values.deadline ? formatDate(values.deadline, locale) : '',
      note: values.note ?? '',
    };
    return { subject: fill(template.subject[locale], filled), body: fill(template.body[locale], filled) };
  };
  const da = part('da');
  const en = part('en');
  return { subject: da.subject, body: `${da.body}\n\n---\n\n${en.subject}\n\n${en.body}` };
}
