import type { FieldProblem } from '#platform/http/problem.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';

export interface Period {
  from: string;
  to: string;
}

/** At most a year and a day per view. */
const MAX_DAYS = 366;

/** The period's problems, by field: real dates, in order, at most a year long. */
export function periodProblems(from: string, to: string): FieldProblem[] {
  if (!isDay(from)) return [{ field: 'from', key: 'insight.period.dateInvalid' }];
  if (!isDay(to)) return [{ field: 'to', key: 'insight.period.dateInvalid' }];
  if (to < from) return [{ field: 'to', key: 'insight.period.toBeforeFrom' }];
  if (addDays(from, MAX_DAYS) <= to)
    return [{ field: 'to', key: 'insight.period.tooLong', values: { days: MAX_DAYS } }];
  return [];
}

/** Refuses a period with problems as a 400 naming the fields. */
export function assertPeriod(period: Period): void {
  const problems = periodProblems(period.from, period.to);
  if (problems.length)
    throw badRequest(
      problems[0].key,
      problems[0].values,
      problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
    );
}

/** The period asked for in a query; by default the last 30 days up to today. */
export function periodOf(query: { from?: string; to?: string }, today = danishDay()): Period {
  const to = query.to?.trim() || today;
  return { from: query.from?.trim() || addDays(isDay(to) ? to : today, -29), to };
}
