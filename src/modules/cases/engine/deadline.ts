import { addCalendarDays, addWorkingDays, danishDay } from './danish-calendar.ts';
import type { Duration } from './workflow-definition.ts';

/**
 * Deadlines are whole Copenhagen days: a case received at 16:55 on a Friday with 7 working days runs to the end of the
 * 7th working day after that Friday, whatever the time of day and whether summer time starts or ends in between.
 */

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

/** The end of the Copenhagen day `duration` after the Copenhagen day of `start`. */
export function deadlineFrom(start: Date, duration: Duration): Date {
  const startDay = danishDay(start);
  const endDay =
    duration.unit === 'working_days'
      ? addWorkingDays(startDay, duration.amount)
      : addCalendarDays(startDay, duration.amount);
  return endOfDanishDay(endDay);
}
