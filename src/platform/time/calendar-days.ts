/**
 * Calendar days as 'YYYY-MM-DD' strings meaning a day in Europe/Copenhagen; all arithmetic on them is done on
 * UTC midnights, so a daylight-saving change can never shift a day.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' string; throws on anything that is not a real calendar day. */
export const toDayNumber = (day: string): number => {
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

export const fromDayNumber = (dayNumber: number): string =>
  new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10);

/** The calendar day `amount` days after `day` (negative goes back). */
export const addCalendarDays = (day: string, amount: number): string => fromDayNumber(toDayNumber(day) + amount);

/** 0 = Sunday … 6 = Saturday */
export const weekday = (day: string): number => new Date(toDayNumber(day) * millisecondsPerDay).getUTCDay();

export const isoDay = (year: number, month: number, date: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
