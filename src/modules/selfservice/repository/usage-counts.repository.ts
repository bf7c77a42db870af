import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, type UsageEvent } from './selfservice-tables.ts';
/** Adds to a day's count for a solution and event; the caller passes the transaction of the event itself. */
export const incrementUsage = (executor: Executor, solutionCode: string, day: string, event: UsageEvent, by = 1) =>
  tables(executor)
    .insertInto('selfservice_usage_counts')
    .values({ solution_code: solutionCode, day, event, count: by })
    .onConflict((conflict) =>
      conflict
        .columns(['solution_code', 'day', 'event'])
        .doUpdateSet({ count: sql`selfservice_usage_counts.count + ${by}` }),
    )
    .execute();

export const usageCounts = (executor: Executor, from: string, to: string) =>
  tables(executor)
    .selectFrom('selfservice_usage_counts')
    .select(['solution_code', 'event', 'count', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('solution_code')
    .execute();

/** Demo figures: many counts in one statement; existing counts are left alone. */
export const insertUsageCounts = (
  executor: Executor,
  rows: Array<{ solution_code: string; day: string; event: UsageEvent; count: number }>,
) =>
  rows.length
    ? tables(executor)
        .insertInto('selfservice_usage_counts')
        .values(rows)
        .onConflict((conflict) => conflict.doNothing())
        .execute()
    : Promise.resolve([]);
