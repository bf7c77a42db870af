import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type * as repository from './selfservice.repository.ts';
import { usageCounts } from './selfservice.repository.ts';
import { allSolutions } from './catalogue/catalogue.ts';
import type { LocalizedText } from './forms/form-definition.ts';

export const usageEvents = [
  'started',
  'step_completed',
  'submitted',
  'abandoned',
] as const satisfies readonly repository.UsageEvent[];
export type UsageEvent = (typeof usageEvents)[number];
export type EventCounts = Record<UsageEvent, number>;

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

/** The counts of every solution per day or month over a period, with totals and completion rates per solution. */
export async function usageReport(
  db: Database,
  actor: Principal,
  input: { from: string; to: string; granularity: 'day' | 'month' },
): Promise<UsageReport> {
  assertCan(actor, 'selfservice:usage');
  if (input.from > input.to) throw new HttpProblem(400, 'selfservice.usage.range');
  const rows = await usageCounts(db, input.from, input.to);
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
