import type { Executor } from '#platform/db/database.ts';
import type { OpennessTables, RequestRecordTable } from './openness.tables.ts';

const tables = (executor: Executor) => executor.withTables<OpennessTables>();
export type NewRequestRecord = Omit<RequestRecordTable, 'id' | 'request_id'>;
export type RequestRecordRow = NewRequestRecord & { id: string; request_id: string };

/** The documents and notes of the party's own case, kept with the request as they were when it came in. */
export async function insertRecords(executor: Executor, requestId: string, records: readonly NewRequestRecord[]) {
  if (records.length)
    await tables(executor)
      .insertInto('openness_request_records')
      .values(records.map((record) => ({ ...record, request_id: requestId })))
      .execute();
}

export const recordsOf = (executor: Executor, requestId: string): Promise<RequestRecordRow[]> =>
  tables(executor)
    .selectFrom('openness_request_records')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();

/** Which of the request's records are handed out: those named, and no others. */
export async function setRecordsHandedOut(executor: Executor, requestId: string, handedOut: readonly string[]) {
  await tables(executor)
    .updateTable('openness_request_records')
    .set({ handed_out: false })
    .where('request_id', '=', requestId)
    .execute();
  if (!handedOut.length) return;
  await tables(executor)
    .updateTable('openness_request_records')
    .set({ handed_out: true })
    .where('request_id', '=', requestId)
    .where('id', 'in', [...handedOut])
    .execute();
}
