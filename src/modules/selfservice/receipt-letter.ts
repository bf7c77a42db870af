import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import type { Solution } from './catalogue/solution.ts';

/** The receipt letter's subject and body, in Danish with an English copy below (digital post letters have one body). */
export function receiptLetter(input: {
  solution: Solution;
  reference: string;
  submittedAt: Date;
  expectedProcessingDays: number | null;
  deadline: Date | null;
}): { subject: string; body: string } {
  const part = (locale: 'da' | 'en') => {
    const values = {
      solution: input.solution.name[locale],
      reference: input.reference,
      submittedAt: formatDateTime(input.submittedAt, locale),
    };
    const lines = [
      t('selfservice.letter.greeting', {}, locale),
      '',
      t('selfservice.letter.received', values, locale),
      t('selfservice.letter.reference', values, locale),
    ];
    if (input.deadline)
      lines.push(t('selfservice.letter.deadline', { date: formatDate(input.deadline, locale) }, locale));
    else if (input.expectedProcessingDays)
      lines.push(t('selfservice.letter.processing', { days: input.expectedProcessingDays }, locale));
    lines.push('', t('selfservice.letter.closing', {}, locale));
    return lines.join('\n');
  };
  return {
    subject: t('selfservice.letter.subject', { solution: input.solution.name.da, reference: input.reference }, 'da'),
    body: `${part('da')}\n\n---\n\n${part('en')}`,
  };
}
