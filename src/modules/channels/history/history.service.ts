import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { PurposeService } from '../purpose.service.ts';
import { contactsOfParty } from '../repository/history.repository.ts';

/** The timeline shows at most this many contacts (the newest). */
export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  id: string;
  occurredAt: Date;
  channel: string;
  direction: string;
  outcome: string;
  purposeName?: { da: string; en: string };
  objectKind: string | null;
  failureDemand: string | null;
}

/** A person's contact history for staff: found by CPR, the look-up and read audited in one transaction. */
export class HistoryService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
    private readonly identity: Pick<IdentityContract, 'lookupPersonByCpr'>,
  ) {}

  async ofPerson(actor: Principal, cpr: string): Promise<{ name: string; entries: HistoryEntry[] }> {
    assertCan(actor, 'channels:history');
    const names = new Map((await this.purposes.list()).map((purpose) => [purpose.code, purpose.name]));
    return this.db.transaction().execute(async (trx) => {
      const person = await this.identity.lookupPersonByCpr(actor, cpr, 'read the contact history', trx);
      const rows = await contactsOfParty(trx, person.id, HISTORY_LIMIT);
      const entries = rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        channel: row.channel,
        direction: row.direction,
        outcome: row.outcome,
        purposeName: row.purpose_code ? names.get(row.purpose_code) : undefined,
        objectKind: row.object_kind,
        failureDemand: row.failure_demand,
      }));
      return { name: person.name, entries };
    });
  }
}
