import { t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';

/** The § 3 letter's wording, in Danish (the language of the municipality's letters), from the caseworker's facts. */
export function noticeLetter(facts: {
  caseType: string;
  receivedDay: string;
  deadlineDay: string;
  reason: string;
  expectedDay: string;
}): { subject: string; body: string } {
  const values = {
    caseType: facts.caseType,
    received: formatDay(facts.receivedDay, 'da'),
    deadline: formatDay(facts.deadlineDay, 'da'),
    reason: facts.reason,
    expected: formatDay(facts.expectedDay, 'da'),
  };
  return {
    subject: t('channels.notice.letterSubject', values, 'da'),
    body: t('channels.notice.letterBody', values, 'da'),
  };
}
