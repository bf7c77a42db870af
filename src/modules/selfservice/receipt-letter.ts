import { formatDate, formatDateTime, type Locale, t } from '#platform/i18n/i18n.ts';
import type { Solution } from './catalogue/solution.ts';

/** The receipt letter's subject and body, in the applicant's language, addressed to them by name. */
export function receiptLetter(input: {
  locale: Locale;
  recipientName?: string;
  solution: Solution;
  reference: string;
  submittedAt: Date;
  expectedProcessingDays: number | null;
  deadline: Date | null;
}): { subject: string; body: string } {
  const { locale } = input;
  const values = {
    solution: input.solution.name[locale],
    reference: input.reference,
    submittedAt: formatDateTime(input.submittedAt, locale),
  };
  const lines = [
    input.recipientName
      ? t('selfservice.letter.greeting', { name: input.recipientName }, locale)
      : t('selfservice.letter.greetingUnnamed', {}, locale),
    '',
    t('selfservice.letter.received', values, locale),
    t('selfservice.letter.reference', values, locale),
  ];
  if (input.deadline)
    lines.push(t('selfservice.letter.deadline', { date: formatDate(input.deadline, locale) }, locale));
  else if (input.expectedProcessingDays)
    lines.push(t('selfservice.letter.processing', { days: input.expectedProcessingDays }, locale));
  lines.push('', t('selfservice.letter.closing', {}, locale));
  return {
    subject: t('selfservice.letter.subject', values, locale),
    body: lines.join('\n'),
  };
}
