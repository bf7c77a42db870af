import { addCalendarDays, isoDay } from './calendar-days.ts';
import { easterSunday } from './easter.ts';

/**
 * The days Danish municipalities are closed. Besides the public holidays (helligdage) the list includes
 * grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December). They are not public
 * holidays by law, but municipalities are closed on them under the collective agreements, and the administrative
 * practice is that a deadline falling on a day the authority is closed moves to the next working day. Counting them
 * as non-working days therefore never gives the applicant a shorter deadline than the law does. Store bededag (the
 * fourth Friday after Easter) was abolished as a public holiday by a law passed in 2023 with effect from 2024, so
 * it is a holiday up to and including 2023 only.
 */

export interface Holiday {
  date: string;
  /** Danish and English name */
  name: { da: string; en: string };
}

const holidayCache = new Map<number, Holiday[]>();

/**
 * The days municipalities are closed in `year`, sorted by date (see the note at the top of the file on which days
 * are included). When two fall on the same day (pinsedag on grundlovsdag, as in 2022) both are listed.
 */
export function danishPublicHolidays(year: number): Holiday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached.map((holiday) => ({ date: holiday.date, name: { ...holiday.name } }));
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => addCalendarDays(easter, offset);
  const holidays: Holiday[] = [
    { date: isoDay(year, 1, 1), name: { da: 'Nytårsdag', en: "New Year's Day" } },
    { date: fromEaster(-3), name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
    { date: fromEaster(-2), name: { da: 'Langfredag', en: 'Good Friday' } },
    { date: easter, name: { da: 'Påskedag', en: 'Easter Sunday' } },
    { date: fromEaster(1), name: { da: '2. påskedag', en: 'Easter Monday' } },
    ...(year <= 2023 ? [{ date: fromEaster(26), name: { da: 'Store bededag', en: 'General Prayer Day' } }] : []),
    { date: fromEaster(39), name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
    { date: fromEaster(49), name: { da: 'Pinsedag', en: 'Whit Sunday' } },
    { date: fromEaster(50), name: { da: '2. pinsedag', en: 'Whit Monday' } },
    { date: isoDay(year, 6, 5), name: { da: 'Grundlovsdag', en: 'Constitution Day' } },
    { date: isoDay(year, 12, 24), name: { da: 'Juleaftensdag', en: 'Christmas Eve' } },
    { date: isoDay(year, 12, 25), name: { da: 'Juledag', en: 'Christmas Day' } },
    { date: isoDay(year, 12, 26), name: { da: '2. juledag', en: 'Boxing Day' } },
    { date: isoDay(year, 12, 31), name: { da: 'Nytårsaftensdag', en: "New Year's Eve" } },
  ];
  // Array.prototype.sort is stable, so same-day holidays keep the order above
  holidays.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  holidayCache.set(year, holidays);
  return holidays.map((holiday) => ({ date: holiday.date, name: { ...holiday.name } }));
}
