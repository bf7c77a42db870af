import { t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import type { CaseWarning } from '#platform/contracts.ts';
import { serviceLevelPaths } from './views/paths.ts';

const both = (key: string, values: (locale: 'da' | 'en') => Record<string, string> = () => ({})) => ({
  da: t(key, values('da'), 'da'),
  en: t(key, values('en'), 'en'),
});

/**
 * The § 3 warning as the cases module shows it: the day the published processing time runs out (or ran out) and
 * the link to the drafted letter.
 */
export function noticeWarning(caseId: string, deadlineDay: string, today: string): CaseWarning {
  const key = deadlineDay >= today ? 'channels.notice.warning' : 'channels.notice.warningPassed';
  return {
    caseId,
    text: both(key, (locale) => ({ deadline: formatDay(deadlineDay, locale) })),
    link: { href: serviceLevelPaths.notice(caseId), label: both('channels.notice.warningLink') },
  };
}
