import type { Database, Executor } from '../db/database.ts';
import { type AuditEntry, chainFieldsOf, chainHash, GENESIS } from './audit-chain.ts';
import {
  insertAuditRow,
  insertAuditRows,
  lastHash,
  lockChain,
  searchAuditRows,
  type AuditRow,
  type AuditSearch,
} from './audit.repository.ts';

export type { AuditEntry } from './audit-chain.ts';

async function appendInTransaction(trx: Executor, entry: AuditEntry): Promise<void> {
  await lockChain(trx);
  const fields = chainFieldsOf(entry, new Date(), (await lastHash(trx)) ?? GENESIS);
  await insertAuditRow(trx, { ...fields, hash: chainHash(fields) });
}

/** Appends many records in the caller's transaction: one lock, one read of the last hash, one insert per 1000 (bulk work). */
export async function recordAuditMany(trx: Executor, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await lockChain(trx);
  let previous = (await lastHash(trx)) ?? GENESIS;
  const occurredAt = new Date();
  const rows = entries.map((entry) => {
    const fields = chainFieldsOf(entry, occurredAt, previous);
    previous = chainHash(fields);
    return { ...fields, hash: previous };
  });
  await insertAuditRows(trx, rows);
}

/**
 * Appends an audit record. Pass the service's transaction so the record commits with the read or
 * change it describes; given the plain database, it opens its own transaction.
 */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  if (executor.isTransaction) return appendInTransaction(executor, entry);
  await executor.transaction().execute((trx) => appendInTransaction(trx, entry));
}

export function searchAudit(db: Database, search: AuditSearch): Promise<AuditRow[]> {
  return searchAuditRows(db, search);
}

export type { AuditRow, AuditSearch };
