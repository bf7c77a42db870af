import type { FieldProblem } from '#platform/http/problem.ts';
import { parseDate } from './forms/answer-parsing.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/** The days a usage report shows when the caller names none: the last 30, today included. */
const DEFAULT_PERIOD_DAYS = 30;

/**
 * The period of a usage report: the days asked for (ISO or Danish notation), else the last 30 Danish days. A day
 * that is not a date, or a start after the end, is a problem beside its field; the text typed is kept for the form.
 */
export function usagePeriod(
  asked: { from?: string; to?: string },
  now = new Date(),
): { from: string; to: string; problems: FieldProblem[] } {
  const defaultFrom = danishDay(new Date(now.getTime() - (DEFAULT_PERIOD_DAYS - 1) * 86_400_000));
  const from = asked.from ? parseDate(asked.from) : defaultFrom;
  const to = asked.to ? parseDate(asked.to) : danishDay(now);
  const problems: FieldProblem[] = [];
  if (!from) problems.push({ field: 'from', key: 'selfservice.usage.invalidDate' });
  if (!to) problems.push({ field: 'to', key: 'selfservice.usage.invalidDate' });
  if (from && to && from > to) problems.push({ field: 'from', key: 'selfservice.usage.range' });
  return { from: from ?? asked.from ?? '', to: to ?? asked.to ?? '', problems };
}
