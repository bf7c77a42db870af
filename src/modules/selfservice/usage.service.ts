import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import * as repository from './selfservice.repository.ts';
import { SelfserviceAbandoned } from './selfservice.events.ts';
import { allSolutions } from './catalogue/catalogue.ts';
import type { LocalizedText } from './forms/form-definition.ts';
import { parseDate } from './forms/answer-parsing.ts';

export const usageEvents = [
  'started',
  'step_completed',
  'submitted',
  'abandoned',
] as const satisfies readonly repository.UsageEvent[];
export type UsageEvent = (typeof usageEvents)[number];
export type EventCounts = Record<UsageEvent, number>;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar day in Denmark (YYYY-MM-DD) of an instant: usage is counted per Danish day. */
export const danishDay = (instant: Date): string => dayFormat.format(instant);

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

export interface UsageRow {
  period: string;
  solutionCode: string;
  solutionName: LocalizedText;
  counts: EventCounts;
}

export interface UsageReport {
  from: string;
  to: string;
  granularity: 'day' | 'month';
  rows: UsageRow[];
  /** per solution over the whole range, every solution listed (zeros included) */
  totals: Array<{
    solutionCode: string;
    solutionName: LocalizedText;
    counts: EventCounts;
    completionRate: number | null;
  }>;
}

const zero = (): EventCounts => ({ started: 0, step_completed: 0, submitted: 0, abandoned: 0 });

/**
 * Usage counting, one method for every solution (docs/usage-counting.md): anonymous counts per
 * solution, Danish day and event, incremented in the transaction of the event itself.
 */
export class UsageService {
  constructor(
    private readonly db: Database,
    private readonly events: EventBus,
  ) {}

  async report(
    actor: Principal,
    input: { from: string; to: string; granularity: 'day' | 'month' },
  ): Promise<UsageReport> {
    assertCan(actor, 'selfservice:usage');
    if (input.from > input.to) throw new HttpProblem(400, 'selfservice.usage.range');
    const rows = await repository.usageCounts(this.db, input.from, input.to);
    const names = new Map(allSolutions().map((solution) => [solution.code, solution.name]));
    const byKey = new Map<string, UsageRow>();
    const totals = new Map(allSolutions().map((solution) => [solution.code, zero()]));
    for (const row of rows) {
      const period = input.granularity === 'month' ? row.day.slice(0, 7) : row.day;
      const key = `${period}|${row.solution_code}`;
      const entry = byKey.get(key) ?? {
        period,
        solutionCode: row.solution_code,
        solutionName: names.get(row.solution_code) ?? { da: row.solution_code, en: row.solution_code },
        counts: zero(),
      };
      entry.counts[row.event] += row.count;
      byKey.set(key, entry);
      const total = totals.get(row.solution_code) ?? zero();
      total[row.event] += row.count;
      totals.set(row.solution_code, total);
    }
    return {
      ...input,
      rows: [...byKey.values()].sort(
        (a, b) => a.period.localeCompare(b.period) || a.solutionCode.localeCompare(b.solutionCode),
      ),
      totals: [...totals].map(([solutionCode, counts]) => ({
        solutionCode,
        solutionName: names.get(solutionCode) ?? { da: solutionCode, en: solutionCode },
        counts,
        completionRate: counts.started ? Math.round((counts.submitted / counts.started) * 1000) / 10 : null,
      })),
    };
  }

  /** Counts drafts untouched for `days` as abandoned, once each, in batches; returns how many were counted. */
  async countAbandoned(now: Date, days: number): Promise<number> {
    const before = new Date(now.getTime() - days * 86_400_000);
    let counted = 0;
    for (;;) {
      const batch = await this.db.transaction().execute(async (trx) => {
        const stale = await repository.staleDrafts(trx, before, 500);
        const perDay = new Map<string, number>();
        for (const draft of stale) {
          // the day the draft became abandoned, so a late or repeated job run gives the same figures
          const key = `${draft.solution_code}|${danishDay(new Date(draft.updated_at.getTime() + days * 86_400_000))}`;
          perDay.set(key, (perDay.get(key) ?? 0) + 1);
        }
        for (const [key, count] of perDay) {
          const [code, day] = key.split('|');
          await repository.incrementUsage(trx, code, day, 'abandoned', count);
        }
        await repository.markDraftsAbandoned(
          trx,
          stale.map((draft) => draft.id),
        );
        await this.events.publishMany(
          trx,
          SelfserviceAbandoned,
          stale.map((draft) => ({
            draftId: draft.id,
            solutionCode: draft.solution_code,
            lastActivityAt: draft.updated_at.toISOString(),
            abandonedOn: danishDay(new Date(draft.updated_at.getTime() + days * 86_400_000)),
          })),
        );
        return stale.length;
      });
      counted += batch;
      if (batch < 500) return counted;
    }
  }
}
