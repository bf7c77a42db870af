import type { Executor } from '#platform/db/database.ts';
import { sql } from 'kysely';
import type { MeasuredItemTable } from './service-levels.tables.ts';
import { tables } from './target.repository.ts';
import { danishDay } from './working-days.ts';

export type NewMeasuredItem = Omit<MeasuredItemTable, 'id' | 'created_at' | 'completed_at' | 'working_days'>;
export type OpenItem = Pick<MeasuredItemTable, 'started_at' | 'deadline' | 'outcome'> & { id: string };

type DayKey = Pick<MeasuredItemTable, 'target_id' | 'metric' | 'service_code' | 'department_code' | 'outcome'>;
const keyColumns = ['target_id', 'metric', 'service_code', 'department_code', 'outcome'] as const;

/**
 * Adds to the daily rollup (`channels_measured_days`) in the transaction that changes an item: an item counts on
 * the Danish day it completed, or its deadline's while open. `items` is +1 or -1 (an item leaving a day and state).
 */
async function rollUp(
  executor: Executor,
  item: DayKey,
  at: Date,
  change: { items: number; workingDays?: number | null },
): Promise<void> {
  const completed = change.workingDays === undefined || change.workingDays === null ? 0 : change.items;
  await tables(executor)
    .insertInto('channels_measured_days')
    .values({
      day: danishDay(at),
      target_id: item.target_id,
      metric: item.metric,
      service_code: item.service_code ?? '',
      department_code: item.department_code ?? '',
      outcome: item.outcome,
      items: change.items,
      working_days: change.workingDays ?? 0,
      completed,
    })
    .onConflict((conflict) =>
      conflict.columns(['day', 'target_id', 'metric', 'service_code', 'department_code', 'outcome']).doUpdateSet({
        items: sql`channels_measured_days.items + excluded.items`,
        working_days: sql`channels_measured_days.working_days + excluded.working_days`,
        completed: sql`channels_measured_days.completed + excluded.completed`,
      }),
    )
    .execute();
}

/**
 * Counts that are no items of their own (a day of a telephony queue: calls answered in time and not), added to
 * the rollup in the transaction that stores their source, which is stored once.
 */
export async function addDayCounts(
  executor: Executor,
  key: Omit<DayKey, 'outcome'>,
  at: Date,
  counts: { hit: number; missed: number },
): Promise<void> {
  if (counts.hit) await rollUp(executor, { ...key, outcome: 'hit' }, at, { items: counts.hit });
  if (counts.missed) await rollUp(executor, { ...key, outcome: 'missed' }, at, { items: counts.missed });
}

/** Adds an item unless its source is measured already; true when added. */
export async function insertItem(executor: Executor, item: NewMeasuredItem): Promise<boolean> {
  const added = await tables(executor)
    .insertInto('channels_measured_items')
    .values(item)
    .onConflict((conflict) => conflict.column('source_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (added) await rollUp(executor, item, item.deadline, { items: 1 });
  return !!added;
}

/** The unanswered written inquiries of a party to a department, received before `before`. */
export async function openInquiries(
  executor: Executor,
  partyId: string,
  departmentCode: string,
  before: Date,
): Promise<OpenItem[]> {
  return tables(executor)
    .selectFrom('channels_measured_items')
    .select(['id', 'started_at', 'deadline', 'outcome'])
    .where('metric', '=', 'written-answer')
    .where('completed_at', 'is', null)
    .where('party_id', '=', partyId)
    .where('department_code', '=', departmentCode)
    .where('started_at', '<=', before)
    .execute();
}

/** The open item of a source (a case), if it is measured and not completed. */
export async function openItem(executor: Executor, sourceKey: string): Promise<OpenItem | undefined> {
  return tables(executor)
    .selectFrom('channels_measured_items')
    .select(['id', 'started_at', 'deadline', 'outcome'])
    .where('source_key', '=', sourceKey)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
}

/** Completes an open item (a completed one is left as it is), moving it in the rollup to its completion day. */
export async function completeItem(
  executor: Executor,
  id: string,
  completion: Pick<MeasuredItemTable, 'working_days' | 'outcome'> & { completed_at: Date },
): Promise<void> {
  const before = await tables(executor)
    .selectFrom('channels_measured_items')
    .select([...keyColumns, 'deadline'])
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return;
  await tables(executor).updateTable('channels_measured_items').set(completion).where('id', '=', id).execute();
  await rollUp(executor, before, before.deadline, { items: -1 });
  await rollUp(executor, { ...before, outcome: completion.outcome }, completion.completed_at, {
    items: 1,
    workingDays: completion.working_days,
  });
}

/** An open item past its deadline is missed, whenever it completes. */
export async function markMissed(executor: Executor, sourceKey: string): Promise<void> {
  const changed = await tables(executor)
    .updateTable('channels_measured_items')
    .set({ outcome: 'missed' })
    .where('source_key', '=', sourceKey)
    .where('outcome', '=', 'pending')
    .where('completed_at', 'is', null)
    .returning([...keyColumns, 'deadline'])
    .executeTakeFirst();
  if (!changed) return;
  await rollUp(executor, { ...changed, outcome: 'pending' }, changed.deadline, { items: -1 });
  await rollUp(executor, changed, changed.deadline, { items: 1 });
}
