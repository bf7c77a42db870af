import { createHash } from 'node:crypto';
import type { Database, Executor } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { assertCan } from '../auth/permissions.ts';
import { checkCpr, type CprProblem } from '../identity-numbers/cpr-cvr.ts';
import {
  auditRowsAfter,
  insertAuditRow,
  insertAuditRows,
  lastHash,
  lockChain,
  searchAuditRows,
  type AuditRow,
  type AuditSearch,
} from './audit.repository.ts';

export interface AuditEntry {
  actor: Pick<Principal, 'kind' | 'id' | 'name'>;
  /** what was done, as a named action: `person:read`, `case:read`, `post:send` */
  action: string;
  personId?: string | null;
  businessId?: string | null;
  objectType?: string;
  objectId?: string;
  /** why: the case or task that made the staff member look */
  purpose: string;
  requestId?: string;
}

const GENESIS = 'genesis';

type ChainFields = Omit<AuditRow, 'id' | 'hash'>;

/** The hash covers every field and the previous row's hash, so an edited, inserted or deleted row breaks the chain. */
function chainHash(row: ChainFields): string {
  const canonical = JSON.stringify([
    row.previous_hash,
    row.occurred_at.toISOString(),
    row.actor_kind,
    row.actor_id,
    row.actor_name,
    row.action,
    row.person_id,
    row.business_id,
    row.object_type,
    row.object_id,
    row.purpose,
    row.request_id,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The chained fields of an entry: what its hash covers. */
const chainFieldsOf = (entry: AuditEntry, occurredAt: Date, previousHash: string): ChainFields => ({
  occurred_at: occurredAt,
  actor_kind: entry.actor.kind,
  actor_id: entry.actor.id,
  actor_name: entry.actor.name,
  action: entry.action,
  person_id: entry.personId ?? null,
  business_id: entry.businessId ?? null,
  object_type: entry.objectType ?? null,
  object_id: entry.objectId ?? null,
  purpose: entry.purpose,
  request_id: entry.requestId ?? null,
  previous_hash: previousHash,
});

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

/** What the audit log needs from the module that knows people: the person behind a CPR number. */
export interface PersonDirectory {
  findPersonByCpr(cpr: string): Promise<{ id: string } | undefined>;
}

/** A staff member's search of the log; every field is optional, `cpr` names the person whose trail is wanted. */
export interface AuditLogFilter {
  cpr?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface AuditLogPage {
  rows: AuditRow[];
  /** the CPR number in the filter is not a CPR number: nothing was searched */
  cprProblem?: CprProblem;
}

interface AuditReader {
  actor: Principal | undefined;
  requestId?: string;
}

/**
 * Searching and exporting the audit log. Reading the log is itself audited: looking into who read a person's
 * data is a read of that person's data, and an export takes many people's data out of the system at once.
 */
export class AuditLogService {
  constructor(
    private readonly db: Database,
    private readonly people: PersonDirectory,
  ) {}

  /** One page of the log for a staff member; a search by CPR number that finds rows is recorded against that person. */
  async search(reader: AuditReader, filter: AuditLogFilter, limit: number, offset: number): Promise<AuditLogPage> {
    assertCan(reader.actor, 'audit:read');
    const found = await this.find(filter, limit, offset);
    const personId = found.rows[0]?.person_id;
    if (filter.cpr && personId)
      await recordAudit(this.db, {
        actor: reader.actor,
        action: 'audit:search',
        personId,
        purpose: 'audit log search',
        requestId: reader.requestId,
      });
    return found;
  }

  /** Every matching row (at most `limit`), for a CSV export; the export itself is recorded with its size. */
  async export(reader: AuditReader, filter: AuditLogFilter, limit = 100_000): Promise<AuditRow[]> {
    assertCan(reader.actor, 'audit:read');
    const { rows } = await this.find(filter, limit, 0);
    await recordAudit(this.db, {
      actor: reader.actor,
      action: 'audit:export',
      purpose: `audit export of ${rows.length} rows`,
      requestId: reader.requestId,
    });
    return rows;
  }

  verify(reader: AuditReader): Promise<ChainVerification> {
    assertCan(reader.actor, 'audit:read');
    return verifyAuditChain(this.db);
  }

  /** A CPR number that is not on record has no trail: the search is empty rather than unfiltered. */
  private async find(filter: AuditLogFilter, limit: number, offset: number): Promise<AuditLogPage> {
    let personId: string | undefined;
    if (filter.cpr) {
      const checked = checkCpr(filter.cpr);
      if (!('cpr' in checked)) return { rows: [], cprProblem: checked.problem };
      personId = (await this.people.findPersonByCpr(checked.cpr))?.id;
      if (!personId) return { rows: [] };
    }
    const { actorId, action, from, to } = filter;
    const rows = await searchAudit(this.db, { personId, actorId, action, from, to, limit, offset });
    return { rows };
  }
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** the first row whose hash or link does not match */
  brokenAtId?: number;
  reason?: string;
}

/** Walks the whole chain and reports the first row that was edited, inserted or whose predecessor was deleted. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainVerification> {
  let previous = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await auditRowsAfter(db, afterId, batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.previous_hash !== previous)
        return {
          ok: false,
          checked,
          brokenAtId: row.id,
          reason: 'link to the previous row is broken (a row was deleted or inserted)',
        };
      if (chainHash(row) !== row.hash)
        return {
          ok: false,
          checked,
          brokenAtId: row.id,
          reason: 'row content does not match its hash (the row was edited)',
        };
      previous = row.hash;
      afterId = row.id;
      checked++;
    }
  }
}

export type { AuditRow, AuditSearch };
