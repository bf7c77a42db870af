import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables } from './system.repository.ts';

/** Counts an event once into its source's month: false when its id was counted before (a retried delivery). */
export async function countUsage(executor: Executor, eventId: string, source: string, month: string) {
  const first = await executor
    .withTables<{ governance_counted_events: { event_id: string } }>()
    .insertInto('governance_counted_events')
    .values({ event_id: `usage:${eventId}` })
    .onConflict((conflict) => conflict.column('event_id').doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (!first) return false;
  await tables(executor)
    .insertInto('governance_usage_counts')
    .values({ source, month, count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['source', 'month']).doUpdateSet({ count: sql`governance_usage_counts.count + 1` }),
    )
    .execute();
  return true;
}

/** The counts of these sources from `fromMonth` (YYYY-MM) to `toMonth`, inclusive. */
export function usageCounts(executor: Executor, sources: readonly string[], fromMonth: string, toMonth: string) {
  if (sources.length === 0) return Promise.resolve([]);
  return tables(executor)
    .selectFrom('governance_usage_counts')
    .select(['source', 'month', 'count'])
    .where('source', 'in', sources)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .execute();
}

/** Adds to a month's count directly (the demo's months before Raadhus counted). */
export async function addUsage(executor: Executor, source: string, month: string, count: number) {
  await tables(executor)
    .insertInto('governance_usage_counts')
    .values({ source, month, count })
    .onConflict((conflict) =>
      conflict.columns(['source', 'month']).doUpdateSet({ count: sql`governance_usage_counts.count + ${count}` }),
    )
    .execute();
}
