import { formatDate, type Locale, t } from '#platform/i18n/i18n.ts';
import type { LetterTemplate, Text } from './engine/workflow-definition.ts';
import { renderLetter as renderTemplate } from './engine/letter-template.ts';

export interface LetterValues {
  /** the recipient's language: a letter is written in one language */
  locale: Locale;
  caseReference: string;
  caseTypeName: Text;
  partyName: string;
  deadline: Date | null;
  note?: string;
  /** the case type's klagevejledning, for `{{appealGuidance}}` */
  appealGuidance?: Text;
}

/**
 * A name in running text: "ansøgning om boligstøtte", not "om Boligstøtte". Only the first letter is lowered, and
 * not when the second is a capital too (an abbreviation such as "SU").
 */
export const inRunningText = (name: string): string =>
  /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('da') + name.slice(1) : name;

/** A workflow's letter filled in (by the engine), in the recipient's language. */
export function renderLetter(template: LetterTemplate, values: LetterValues): { subject: string; body: string } {
  const { locale } = values;
  return renderTemplate(template, locale, {
    caseReference: values.caseReference,
    caseTypeName: inRunningText(values.caseTypeName[locale]),
    partyName: values.partyName,
    deadline: values.deadline ? formatDate(values.deadline, locale) : '',
    note: values.note ?? '',
    appealGuidance: values.appealGuidance
      ? `${t('cases.letter.appealGuidance', {}, locale)}\n${values.appealGuidance[locale]}`
      : '',
  });
}
