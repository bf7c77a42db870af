import type { FieldProblem } from '#platform/http/problem.ts';
import { isDay } from '#platform/time/danish-day.ts';

/** What the caseworker fills in: why the deadline cannot be kept and when to expect a decision. */
export interface NoticeForm {
  reason: string;
  expectedDay: string;
}

export function readNoticeForm(body: Record<string, unknown>): NoticeForm {
  const text = (name: string, max: number) =>
    typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, max) : '';
  return { reason: text('reason', 2000), expectedDay: text('expectedDay', 20) };
}

/** The reason is required; the new expected day is a real day after the published deadline. */
export function noticeProblems(form: NoticeForm, deadlineDay: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!form.reason) problems.push({ field: 'reason', key: 'channels.notice.reasonRequired' });
  if (!isDay(form.expectedDay)) problems.push({ field: 'expectedDay', key: 'channels.notice.dayInvalid' });
  else if (form.expectedDay <= deadlineDay)
    problems.push({ field: 'expectedDay', key: 'channels.notice.dayNotLater', values: { deadline: deadlineDay } });
  return problems;
}
