import type { Executor } from '#platform/db/database.ts';
import type { MeasuredItemTable } from './service-levels.tables.ts';
import { tables } from './target.repository.ts';

export type NewMeasuredItem = Omit<MeasuredItemTable, 'id' | 'created_at' | 'completed_at' | 'working_days'>;
export type OpenItem = Pick<MeasuredItemTable, 'started_at' | 'deadline' | 'outcome'> & { id: string };

/** Adds an item unless its source is measured already; true when added. */
export async function insertItem(executor: Executor, item: NewMeasuredItem): Promise<boolean> {
  const added = await tables(executor)
    .insertInto('channels_measured_items')
    .values(item)
    .onConflict((conflict) => conflict.column('source_key').doNothing())
    .returning('id')
    .executeTakeFirst();
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

export async function completeItem(
  executor: Executor,
  id: string,
  completion: Pick<MeasuredItemTable, 'completed_at' | 'working_days' | 'outcome'>,
): Promise<void> {
  await tables(executor).updateTable('channels_measured_items').set(completion).where('id', '=', id).execute();
}

/** An open item past its deadline is missed, whenever it completes. */
export async function markMissed(executor: Executor, sourceKey: string): Promise<void> {
  await tables(executor)
    .updateTable('channels_measured_items')
    .set({ outcome: 'missed' })
    .where('source_key', '=', sourceKey)
    .where('outcome', '=', 'pending')
    .execute();
}
