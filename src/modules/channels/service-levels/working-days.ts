// The Danish working-day calendar is the cases module's pure engine code (no tables, no service): the measuring
// counts answer times and deadlines on the same calendar as the case deadlines it checks.
import { addWorkingDays, danishDay, workingDaysBetween } from '#modules/cases/engine/danish-calendar.ts';
import { endOfDanishDay } from '#modules/cases/engine/deadline.ts';

/** The end of the Danish working day `days` working days after the Danish day of `start`. */
export const workingDayDeadline = (start: Date, days: number): Date =>
  endOfDanishDay(addWorkingDays(danishDay(start), days));

/** Working days from the Danish day of `start` to that of `end` (0 for the same day, 1 for the next working day). */
export const workingDaysTaken = (start: Date, end: Date): number =>
  Math.max(0, workingDaysBetween(danishDay(start), danishDay(end)));

export { addWorkingDays, danishDay, endOfDanishDay, workingDaysBetween };
