import { createHash } from 'node:crypto';
import type { AuditRow } from './audit.repository.ts';
import type { Principal } from '../auth/principal.ts';

/** One audit record as a service writes it. */
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

/** The previous hash of the first row. */
export const GENESIS = 'genesis';

export type ChainFields = Omit<AuditRow, 'id' | 'hash'>;

/** The hash covers every field and the previous row's hash, so an edited, inserted or deleted row breaks the chain. */
export function chainHash(row: ChainFields): string {
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
export const chainFieldsOf = (entry: AuditEntry, occurredAt: Date, previousHash: string): ChainFields => ({
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
