import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables } from './target.repository.ts';
import { danishDay } from './working-days.ts';

/**
 * Hit, missed and still open items per target version in a period: a completed item counts on the day it completed,
 * an open one on its deadline (an open item past its deadline counts missed).
 */
export interface TargetCount {
  targetId: string;
  serviceCode: string | null;
  hit: number;
  missed: number;
  open: number;
  /** working days taken by the completed items, summed, and how many completed */
  workingDays: number;
  completed: number;
}

/** From the daily rollup: a period of Danish days reads one row per day and key, never the items themselves. */
export async function countsByTarget(
  executor: Executor,
  period: { from: string; to: string; now: Date; departmentCode?: string; metric?: string },
): Promise<TargetCount[]> {
  // an item's deadline is the end of its Danish day: one still open on an earlier day is late
  const today = danishDay(period.now);
  const late = sql<boolean>`outcome = 'missed' or (outcome = 'pending' and day < ${today}::date)`;
  let query = tables(executor)
    .selectFrom('channels_measured_days')
    .select([
      'target_id',
      'service_code',
      sql<string>`coalesce(sum(items) filter (where outcome = 'hit'), 0)`.as('hit'),
      sql<string>`coalesce(sum(items) filter (where ${late}), 0)`.as('missed'),
      sql<string>`coalesce(sum(items) filter (where outcome = 'pending' and day >= ${today}::date), 0)`.as('open'),
      sql<string>`coalesce(sum(working_days), 0)`.as('working_days'),
      sql<string>`coalesce(sum(completed), 0)`.as('completed'),
    ])
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy(['target_id', 'service_code']);
  if (period.departmentCode) query = query.where('department_code', '=', period.departmentCode);
  if (period.metric) query = query.where('metric', '=', period.metric);
  const rows = await query.execute();
  return rows.map((row) => ({
    targetId: row.target_id,
    serviceCode: row.service_code || null,
    hit: Number(row.hit),
    missed: Number(row.missed),
    open: Number(row.open),
    workingDays: Number(row.working_days),
    completed: Number(row.completed),
  }));
}
