import type { Executor } from '#platform/db/database.ts';
import type { OpennessTables, RequestTable } from './openness.tables.ts';

const tables = (executor: Executor) => executor.withTables<OpennessTables>();
export type RequestRow = Omit<RequestTable, 'id' | 'received_at'> & { id: string; received_at: Date };
export type NewRequest = Pick<
  RequestTable,
  | 'kind'
  | 'person_id'
  | 'business_id'
  | 'email'
  | 'description'
  | 'department_code'
  | 'deadline'
  | 'case_id'
  | 'case_reference'
>;

export async function insertRequest(executor: Executor, row: NewRequest, entryIds: readonly string[]) {
  const { id } = await tables(executor)
    .insertInto('openness_requests')
    .values({ ...row, state: 'received' })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (entryIds.length)
    await tables(executor)
      .insertInto('openness_request_entries')
      .values(entryIds.map((entryId) => ({ request_id: id, entry_id: entryId })))
      .execute();
  return id;
}

export async function findRequest(executor: Executor, id: string): Promise<RequestRow | undefined> {
  return tables(executor).selectFrom('openness_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open requests first by deadline, then the decided ones, newest first; limited to departments when given. */
export async function listRequests(executor: Executor, departmentCodes: readonly string[] | 'all') {
  let query = tables(executor).selectFrom('openness_requests').selectAll();
  if (departmentCodes !== 'all') {
    if (!departmentCodes.length) return [];
    query = query.where('department_code', 'in', [...departmentCodes]);
  }
  return query
    .orderBy('decided_at', (order) => order.desc().nullsFirst())
    .orderBy('deadline')
    .limit(200)
    .execute();
}

export async function requestEntries(executor: Executor, requestId: string) {
  return tables(executor)
    .selectFrom('openness_request_entries')
    .select(['entry_id', 'handed_out'])
    .where('request_id', '=', requestId)
    .execute();
}

export async function redactionsOf(executor: Executor, requestId: string) {
  return tables(executor)
    .selectFrom('openness_redactions')
    .select((eb) => [
      'id',
      // the letter or the case record it withholds a passage of
      eb.fn.coalesce('entry_id', 'record_id').$castTo<string>().as('document_id'),
      'passage',
      'legal_ground',
    ])
    .where('request_id', '=', requestId)
    .orderBy('passage')
    .execute();
}

export async function insertRedaction(
  executor: Executor,
  row: {
    request_id: string;
    entry_id?: string | null;
    record_id?: string | null;
    passage: string;
    legal_ground: string;
    created_by: string;
  },
) {
  await tables(executor).insertInto('openness_redactions').values(row).execute();
}

export async function setHandedOut(executor: Executor, requestId: string, handedOut: readonly string[]) {
  await tables(executor)
    .updateTable('openness_request_entries')
    .set({ handed_out: false })
    .where('request_id', '=', requestId)
    .execute();
  if (!handedOut.length) return;
  await tables(executor)
    .updateTable('openness_request_entries')
    .set({ handed_out: true })
    .where('request_id', '=', requestId)
    .where('entry_id', 'in', [...handedOut])
    .execute();
}

/** Decides an open request; false when it was decided already (nothing changes then). */
export async function decide(
  executor: Executor,
  id: string,
  decision: Pick<RequestTable, 'decision' | 'decision_reason' | 'decided_by'>,
): Promise<boolean> {
  const updated = await tables(executor)
    .updateTable('openness_requests')
    .set({ ...decision, state: 'decided', decided_at: new Date() })
    .where('id', '=', id)
    .where('state', '<>', 'decided')
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

export async function extend(executor: Executor, id: string, reason: string, expectedAt: string): Promise<boolean> {
  const updated = await tables(executor)
    .updateTable('openness_requests')
    .set({ state: 'extended', extension_reason: reason, expected_at: expectedAt })
    .where('id', '=', id)
    .where('state', '=', 'received')
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
