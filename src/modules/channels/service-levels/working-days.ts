// The Danish working-day calendar is the platform's (src/platform/time): the measuring counts answer times and
// deadlines on the same calendar as the case deadlines it checks.
import {
  addWorkingDays,
  danishDay,
  endOfDanishDay,
  workingDayDeadline,
  workingDaysBetween,
} from '#platform/time/working-days.ts';

/** Working days from the Danish day of `start` to that of `end` (0 for the same day, 1 for the next working day). */
export const workingDaysTaken = (start: Date, end: Date): number =>
  Math.max(0, workingDaysBetween(danishDay(start), danishDay(end)));

export { addWorkingDays, danishDay, endOfDanishDay, workingDayDeadline, workingDaysBetween };
