import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import type { DayHours } from './opening-hours.ts';

/** "man. 7. dec. 2026" / "Mon 7 Dec 2026": a day of the opening hours. */
export const dayLabel = (day: string): string => {
  const weekday = new Intl.DateTimeFormat(currentLocale() === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
  return `${weekday} ${formatDay(day)}`;
};

/** "08:00–12:00 og 13:00–15:30", "Lukket (juledag)", "Lukket: Flytning af borgerservice". */
export function hoursText(hours: DayHours): string {
  if (hours.open) return hours.slots.map((slot) => `${slot.opens}–${slot.closes}`).join(t('channels.hours.and'));
  if (hours.why === 'weekly') return t('channels.hours.closed');
  const reason = hours.reason?.[currentLocale()] ?? '';
  return t(`channels.hours.closed.${hours.why}`, { reason });
}
