import { fromDayNumber, toDayNumber, weekday } from './calendar-days.ts';
import { danishDay, endOfDanishDay } from '#platform/time/danish-day.ts';
import { danishPublicHolidays } from './danish-holidays.ts';

export { addCalendarDays } from './calendar-days.ts';
export { danishDay, endOfDanishDay } from '#platform/time/danish-day.ts';
export { danishPublicHolidays, type Holiday } from './danish-holidays.ts';
export { easterSunday } from './easter.ts';

/**
 * The Danish working-day calendar: Monday to Friday, except the days municipalities are closed
 * (danish-holidays.ts says which and why). Days are 'YYYY-MM-DD' strings (calendar-days.ts). The one calendar
 * of the platform: case deadlines, openness answer times, service levels and front-desk opening days all count on it.
 */

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

/** The end of the Copenhagen working day `workingDays` working days after the Copenhagen day of `start`. */
export const workingDayDeadline = (start: Date, workingDays: number): Date =>
  endOfDanishDay(addWorkingDays(danishDay(start), workingDays));
