import type { Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

interface CallbackTable {
  id: Generated<string>;
  inquiry_id: string;
  purpose_code: string;
  department_code: string;
  person_id: string | null;
  note: string;
  due_at: Date;
  created_by: string;
  created_at: Generated<Date>;
  done_at: Date | null;
  done_by: string | null;
}
const tables = (executor: Executor) => executor.withTables<{ channels_callbacks: CallbackTable }>();

export interface CallbackRow {
  id: string;
  inquiryId: string;
  purposeCode: string;
  departmentCode: string;
  personId: string | null;
  note: string;
  dueAt: Date;
  createdAt: Date;
  doneAt: Date | null;
}

export async function insertCallback(
  executor: Executor,
  callback: Omit<CallbackRow, 'id' | 'createdAt' | 'doneAt'> & { createdBy: string },
): Promise<string> {
  const row = await tables(executor)
    .insertInto('channels_callbacks')
    .values({
      inquiry_id: callback.inquiryId,
      purpose_code: callback.purposeCode,
      department_code: callback.departmentCode,
      person_id: callback.personId,
      note: callback.note,
      due_at: callback.dueAt,
      created_by: callback.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const columns = [
  'id',
  'inquiry_id',
  'purpose_code',
  'department_code',
  'person_id',
  'note',
  'due_at',
  'created_at',
  'done_at',
] as const;
type StoredCallback = Omit<Pick<CallbackTable, (typeof columns)[number]>, 'id' | 'created_at'> & {
  id: string;
  created_at: Date;
};
const toCallback = (row: StoredCallback): CallbackRow => ({
  id: row.id,
  inquiryId: row.inquiry_id,
  purposeCode: row.purpose_code,
  departmentCode: row.department_code,
  personId: row.person_id,
  note: row.note,
  dueAt: row.due_at,
  createdAt: row.created_at,
  doneAt: row.done_at,
});

/** A department's callbacks not done yet, the earliest due first (at most 500). */
export async function openCallbacks(executor: Executor, departmentCode: string): Promise<CallbackRow[]> {
  const rows = await tables(executor)
    .selectFrom('channels_callbacks')
    .select(columns)
    .where('department_code', '=', departmentCode)
    .where('done_at', 'is', null)
    .orderBy('due_at')
    .limit(500)
    .execute();
  return rows.map(toCallback);
}

/** Marks a department's open callback done; the callback when it was open, else undefined. */
export async function markDone(
  executor: Executor,
  id: string,
  departmentCode: string,
  doneBy: string,
  at: Date,
): Promise<CallbackRow | undefined> {
  const row = await tables(executor)
    .updateTable('channels_callbacks')
    .set({ done_at: at, done_by: doneBy })
    .where('id', '=', id)
    .where('department_code', '=', departmentCode)
    .where('done_at', 'is', null)
    .returning(columns)
    .executeTakeFirst();
  return row && toCallback(row);
}
