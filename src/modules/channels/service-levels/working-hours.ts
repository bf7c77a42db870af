import { addCalendarDays, isWorkingDay } from '#platform/time/working-days.ts';
import { danishDay, endOfDanishDay } from './working-days.ts';

/** The municipality's working hours for callbacks: 08:00–16:00 Danish time on Danish working days. */
export const WORKDAY_OPENS = 8 * 60;
export const WORKDAY_CLOSES = 16 * 60;

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes since Danish midnight of an instant. */
function minuteOfDay(at: Date): number {
  const parts = Object.fromEntries(clock.formatToParts(at).map((part) => [part.type, part.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/** The instant at `minute` past Danish midnight on `day` (any minute after 03:00, past a summer-time change). */
const instantOn = (day: string, minute: number): Date =>
  new Date(endOfDanishDay(day).getTime() + 1 - (24 * 60 - minute) * 60_000);

/**
 * Pure: the instant `hours` working hours after `start`. Time outside 08:00–16:00 and on weekends and Danish
 * public holidays does not count: a callback asked for on Friday at 15:00 within 4 working hours is due on
 * Monday at 11:00.
 */
export function workingHoursDeadline(start: Date, hours: number): Date {
  let day = danishDay(start);
  let minute = Math.max(WORKDAY_OPENS, minuteOfDay(start));
  let remaining = hours * 60;
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkingDay(day) && minute < WORKDAY_CLOSES) {
      const available = WORKDAY_CLOSES - minute;
      if (remaining <= available) return instantOn(day, minute + remaining);
      remaining -= available;
    }
    day = addCalendarDays(day, 1);
    minute = WORKDAY_OPENS;
  }
  throw new Error(`no deadline within ten years of ${start.toISOString()}`);
}
