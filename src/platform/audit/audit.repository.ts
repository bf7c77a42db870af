import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

export interface AuditRow {
  id: number;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  action: string;
  person_id: string | null;
  business_id: string | null;
  object_type: string | null;
  object_id: string | null;
  purpose: string;
  request_id: string | null;
  previous_hash: string;
  hash: string;
}

type AuditTables = {
  audit_log: Omit<AuditRow, 'id'> & { id: import('kysely').Generated<number> };
};

export interface AuditSearch {
  actorId?: string;
  personId?: string;
  businessId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

const audit = (executor: Executor) => executor.withTables<AuditTables>();

/**
 * Serialises writers of the chain: the advisory lock is held until the caller's transaction ends. The key
 * names the schema, so installations (or test schemas) sharing one PostgreSQL database do not wait on each other.
 */
export async function lockChain(executor: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('raadhus.audit_log.' || current_schema()))`.execute(executor);
}

export async function lastHash(executor: Executor): Promise<string | undefined> {
  const row = await audit(executor)
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

export async function insertAuditRow(executor: Executor, row: Omit<AuditRow, 'id'>): Promise<void> {
  await audit(executor).insertInto('audit_log').values(row).execute();
}

/** Rows in chain order: the ids (a sequence) follow the order of the VALUES list. */
export async function insertAuditRows(executor: Executor, rows: Array<Omit<AuditRow, 'id'>>): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000)
    await audit(executor)
      .insertInto('audit_log')
      .values(rows.slice(start, start + 1000))
      .execute();
}

export async function searchAuditRows(executor: Executor, search: AuditSearch): Promise<AuditRow[]> {
  let query = audit(executor).selectFrom('audit_log').selectAll();
  if (search.actorId) query = query.where('actor_id', '=', search.actorId);
  if (search.personId) query = query.where('person_id', '=', search.personId);
  if (search.businessId) query = query.where('business_id', '=', search.businessId);
  if (search.action) query = query.where('action', 'like', `${search.action}%`);
  if (search.from) query = query.where('occurred_at', '>=', search.from);
  if (search.to) query = query.where('occurred_at', '<', search.to);
  return query.orderBy('id', 'desc').limit(search.limit).offset(search.offset).execute();
}

/** Reads the chain in id order, a batch at a time, for verification. */
export async function auditRowsAfter(executor: Executor, afterId: number, batchSize: number): Promise<AuditRow[]> {
  return audit(executor)
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(batchSize)
    .execute();
}
