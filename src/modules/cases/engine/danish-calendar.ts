import type { Text } from './workflow-definition.ts';

/**
 * The Danish working-day calendar. Days are 'YYYY-MM-DD' strings meaning a calendar day in Europe/Copenhagen, and
 * all arithmetic on them is done on UTC midnights, so a daylight-saving change can never shift a day.
 *
 * Closing days: besides the public holidays (helligdage) the list includes grundlovsdag (5 June), juleaftensdag
 * (24 December) and nytårsaftensdag (31 December). They are not public holidays by law, but municipalities are
 * closed on them under the collective agreements, and the administrative practice is that a deadline falling on a
 * day the authority is closed moves to the next working day. Counting them as non-working days therefore never gives
 * the applicant a shorter deadline than the law does. Store bededag (the fourth Friday after Easter) was abolished
 * as a public holiday by a law passed in 2023 with effect from 2024, so it is a holiday up to and including 2023 only.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' string; throws on anything that is not a real calendar day. */
const toDayNumber = (day: string): number => {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar day: ${day}`);
  }
  return time / millisecondsPerDay;
};

const fromDayNumber = (dayNumber: number): string =>
  new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10);

/** The calendar day `amount` days after `day` (negative goes back). */
export const addCalendarDays = (day: string, amount: number): string => fromDayNumber(toDayNumber(day) + amount);

/** 0 = Sunday … 6 = Saturday */
const weekday = (day: string): number => new Date(toDayNumber(day) * millisecondsPerDay).getUTCDay();

const isoDay = (year: number, month: number, date: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw new RangeError(`Year outside the Gregorian calendar: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, date);
}

export interface Holiday {
  date: string;
  name: Text;
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

const closedDayCache = new Map<number, ReadonlySet<string>>();
const closedDays = (year: number): ReadonlySet<string> => {
  let days = closedDayCache.get(year);
  if (!days) {
    days = new Set(danishPublicHolidays(year).map((holiday) => holiday.date));
    closedDayCache.set(year, days);
  }
  return days;
};

/** Monday to Friday and not a day the municipality is closed. */
export function isWorkingDay(day: string): boolean {
  const dayOfWeek = weekday(day);
  if (dayOfWeek === 0 || dayOfWeek === 6) return false;
  return !closedDays(Number(day.slice(0, 4))).has(day);
}

/**
 * The day `amount` working days after `day` (`day` itself is not counted, so 1 from a Friday is the next Monday).
 * A negative amount counts back; 0 gives `day` unchanged.
 */
export function addWorkingDays(day: string, amount: number): string {
  if (!Number.isInteger(amount)) throw new RangeError(`Working days must be a whole number: ${amount}`);
  const step = amount < 0 ? -1 : 1;
  let current = toDayNumber(day);
  for (let remaining = Math.abs(amount); remaining > 0; ) {
    current += step;
    if (isWorkingDay(fromDayNumber(current))) remaining -= 1;
  }
  return fromDayNumber(current);
}

/**
 * Working days after `from` up to and including `to` — "days left" until a deadline. Negative when `to` is before
 * `from` (a deadline passed that many working days ago); 0 for the same day.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end === start) return 0;
  const [low, high, sign] = end > start ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let current = low + 1; current <= high; current += 1) if (isWorkingDay(fromDayNumber(current))) count += 1;
  return sign * count;
}

const copenhagenDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Copenhagen calendar day of an instant ('YYYY-MM-DD'). */
export function danishDay(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = Object.fromEntries(copenhagenDay.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
