import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { SignalCount } from '../fact-computation.ts';
import type { SignalName } from '../key-figure.ts';
import type { Signal } from '../signals.ts';
import type { InsightTables } from './insight.tables.ts';

export const tables = (executor: Executor) => executor.withTables<InsightTables>();

/** Stores the signals not stored before (by event id and measure); returns the days of those that were new. */
export async function insertSignals(executor: Executor, signals: readonly Signal[]): Promise<string[]> {
  if (signals.length === 0) return [];
  const rows = await tables(executor)
    .insertInto('insight_signals')
    .values(
      signals.map((row) => ({
        event_id: row.eventId,
        signal: row.signal,
        day: row.day,
        attributes: JSON.stringify(row.attributes),
        occurred_at: row.occurredAt,
      })),
    )
    .onConflict((conflict) => conflict.columns(['event_id', 'signal']).doNothing())
    .returning(sql<string>`day::text`.as('day'))
    .execute();
  return rows.map((row) => row.day);
}

/** Signals counted per day and set of codes, from `from` to `to`. */
export async function countSignals(executor: Executor, signals: SignalName[], from: string, to: string) {
  const rows = await tables(executor)
    .selectFrom('insight_signals')
    .select([sql<string>`day::text`.as('day'), 'signal', 'attributes', sql<number>`count(*)::int`.as('count')])
    .where('signal', 'in', signals)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['day', 'signal', 'attributes'])
    .execute();
  return rows as SignalCount[];
}

/** Everything before a day, per signal and set of codes (what a stock carries into a period). */
export async function countSignalsBefore(executor: Executor, signals: SignalName[], day: string) {
  if (signals.length === 0) return [];
  const rows = await tables(executor)
    .selectFrom('insight_signals')
    .select(['signal', 'attributes', sql<number>`count(*)::int`.as('count')])
    .where('signal', 'in', signals)
    .where('day', '<', day)
    .groupBy(['signal', 'attributes'])
    .execute();
  return rows.map((row) => ({ ...row, day: '' })) as SignalCount[];
}

/** Marks days for the debounced recomputation (a day already marked stays marked once). */
export async function markDirtyDays(executor: Executor, days: readonly string[], at = new Date()): Promise<void> {
  if (days.length === 0) return;
  await tables(executor)
    .insertInto('insight_dirty_days')
    .values(days.map((day) => ({ day, marked_at: at })))
    .onConflict((conflict) => conflict.column('day').doNothing())
    .execute();
}

/** Takes every marked day off the list, oldest first (the caller recomputes them). */
export async function takeDirtyDays(executor: Executor): Promise<string[]> {
  const rows = await tables(executor)
    .deleteFrom('insight_dirty_days')
    .returning(sql<string>`day::text`.as('day'))
    .execute();
  return rows.map((row) => row.day).sort();
}
