import { addCalendarDays, addWorkingDays, danishDay, endOfDanishDay } from '#platform/time/working-days.ts';
import type { Duration } from './workflow-definition.ts';

/**
 * Deadlines are whole Copenhagen days: a case received at 16:55 on a Friday with 7 working days runs to the end of the
 * 7th working day after that Friday, whatever the time of day and whether summer time starts or ends in between.
 */

/** The end of the Copenhagen day `duration` after the Copenhagen day of `start`. */
export function deadlineFrom(start: Date, duration: Duration): Date {
  const startDay = danishDay(start);
  const endDay =
    duration.unit === 'working_days'
      ? addWorkingDays(startDay, duration.amount)
      : addCalendarDays(startDay, duration.amount);
  return endOfDanishDay(endDay);
}
