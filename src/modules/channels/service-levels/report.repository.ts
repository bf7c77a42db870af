import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables } from './target.repository.ts';

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

export async function countsByTarget(
  executor: Executor,
  period: { start: Date; end: Date; now: Date; departmentCode?: string; metric?: string },
): Promise<TargetCount[]> {
  const late = sql<boolean>`outcome = 'missed' or (outcome = 'pending' and deadline < ${period.now})`;
  let query = tables(executor)
    .selectFrom('channels_measured_items')
    .select([
      'target_id',
      'service_code',
      sql<string>`count(*) filter (where outcome = 'hit')`.as('hit'),
      sql<string>`count(*) filter (where ${late})`.as('missed'),
      sql<string>`count(*) filter (where outcome = 'pending' and deadline >= ${period.now})`.as('open'),
      sql<string>`coalesce(sum(working_days), 0)`.as('working_days'),
      sql<string>`count(working_days)`.as('completed'),
    ])
    .where(sql`coalesce(completed_at, deadline)`, '>=', period.start)
    .where(sql`coalesce(completed_at, deadline)`, '<=', period.end)
    .groupBy(['target_id', 'service_code']);
  if (period.departmentCode) query = query.where('department_code', '=', period.departmentCode);
  if (period.metric) query = query.where('metric', '=', period.metric);
  const rows = await query.execute();
  return rows.map((row) => ({
    targetId: row.target_id,
    serviceCode: row.service_code,
    hit: Number(row.hit),
    missed: Number(row.missed),
    open: Number(row.open),
    workingDays: Number(row.working_days),
    completed: Number(row.completed),
  }));
}
