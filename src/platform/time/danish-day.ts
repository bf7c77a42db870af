import { addCalendarDays, toDayNumber } from './calendar-days.ts';

/**
 * Danish calendar days: 'YYYY-MM-DD' strings meaning a day in Europe/Copenhagen. The one place the platform turns an
 * instant into a Danish day and back (usage counts, figures, registers, deadlines); the working-day calendar built on
 * it is working-days.ts.
 */

const copenhagenDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Danish (Copenhagen) calendar day of an instant, YYYY-MM-DD; throws a RangeError on an invalid date. */
export function danishDay(at: Date = new Date()): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  let year = '';
  let month = '';
  let day = '';
  for (const part of copenhagenDay.formatToParts(at)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/** A YYYY-MM-DD that is a real date. */
export function isDay(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The day `days` after (or, negative, before) a YYYY-MM-DD day; throws a RangeError on a day that is no day. */
export const addDays = (day: string, days: number): string => addCalendarDays(day, days);

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/** The month before the one a day lies in, YYYY-MM. */
export function previousMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const copenhagenParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Copenhagen wall-clock time is ahead of UTC at `instant` (1 or 2 hours). */
const copenhagenOffset = (instant: number): number => {
  const parts = Object.fromEntries(
    copenhagenParts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
};

/** The instant that is 23:59:59.999 Copenhagen time on `day`. */
export function endOfDanishDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const wallClock = Date.UTC(year, month - 1, date, 23, 59, 59, 999);
  // Summer time changes at 02:00/03:00 local time, so the offset just before midnight is never ambiguous; the second
  // pass corrects a first guess taken on the wrong side of a change.
  let instant = wallClock - copenhagenOffset(wallClock);
  instant = wallClock - copenhagenOffset(instant);
  return new Date(instant);
}
