import { HttpProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { MAX_LEAD_TIME_HOURS, type ReminderInput } from './reminder.types.ts';

/** Checks the reminder's fields; the field names match the API body and the staff form. */
export function reminderProblems(
  input: Omit<ReminderInput, 'recipient'>,
  now = new Date(),
): Array<{ field: string; messageKey: string }> {
  const problems: Array<{ field: string; messageKey: string }> = [];
  if (Number.isNaN(input.startsAt.getTime()) || input.startsAt.getTime() <= now.getTime())
    problems.push({ field: 'startsAt', messageKey: 'notify.reminder.startsAtFuture' });
  if (!input.place.trim() || input.place.length > 200)
    problems.push({ field: 'place', messageKey: 'notify.reminder.placeRequired' });
  if (!input.text.trim() || input.text.length > 300)
    problems.push({ field: 'text', messageKey: 'notify.reminder.textRequired' });
  if (!Number.isInteger(input.leadTimeHours) || input.leadTimeHours < 1 || input.leadTimeHours > MAX_LEAD_TIME_HOURS)
    problems.push({ field: 'leadTimeHours', messageKey: 'notify.reminder.leadTime' });
  return problems;
}

/** The 400 for a reminder that cannot be scheduled, listing every field's problem. */
export const invalidReminder = (problems: Array<{ field: string; messageKey: string }>) =>
  new HttpProblem(
    400,
    problems[0].messageKey,
    { max: MAX_LEAD_TIME_HOURS },
    problems.map((problem) => ({ field: problem.field, message: t(problem.messageKey, { max: MAX_LEAD_TIME_HOURS }) })),
  );
