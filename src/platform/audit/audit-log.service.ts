import type { Database } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { assertCan } from '../auth/permissions.ts';
import { checkCpr, type CprProblem } from '../identity-numbers/cpr-cvr.ts';
import type { AuditRow } from './audit.repository.ts';
import { recordAudit, searchAudit } from './audit.service.ts';
import { type ChainVerification, verifyAuditChain } from './audit-chain-verification.ts';

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
