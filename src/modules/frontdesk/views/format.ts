import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { copenhagenClock, copenhagenInstant } from '../copenhagen-clock.ts';

/** A name in the reader's language. */
export const named = (thing: { name: { da: string; en: string } }): string => thing.name[currentLocale()];

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A day with its weekday in the reader's language ("mandag 5. april 2027" / "Monday 5 April 2027"). */
export function dayLabel(day: string): string {
  const locale = currentLocale();
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Copenhagen',
    });
    dayFormats.set(locale, format);
  }
  return format.format(copenhagenInstant(day, '12:00'));
}

/** A time of day, HH:MM in Copenhagen. */
export const clock = (at: Date): string => copenhagenClock(at);

/** The status of an appointment in the reader's language. */
export const statusText = (status: string): string => t(`frontdesk.status.${status}`);
