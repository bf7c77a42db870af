import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import { ownerOf } from './mailbox-owner.ts';
import type { MailboxOwner, PostDependencies, RegistrationView } from './post.types.ts';

/** Sign-up for digital post, withdrawal and exemption: recorded with their time, the current one counts. */
export class RegistrationService {
  constructor(private readonly deps: PostDependencies) {}

  async registrationOf(owner: MailboxOwner, executor: Executor = this.deps.db): Promise<RegistrationView> {
    const row = await repository.currentRegistration(executor, owner.kind, owner.id);
    return { status: row?.status ?? 'not_signed_up', recordedAt: row?.recorded_at ?? null };
  }

  async registration(principal: Principal): Promise<RegistrationView> {
    return this.registrationOf(ownerOf(principal));
  }

  /** One click: signs up for digital post, or withdraws. Recorded with its time and audited; an exempt owner cannot sign up online. */
  async setRegistration(principal: Principal, choice: 'signed_up' | 'withdrawn'): Promise<RegistrationView> {
    assertCan(principal, 'post:read-own');
    const owner = ownerOf(principal);
    return this.deps.db.transaction().execute(async (trx) => {
      const current = await repository.currentRegistration(trx, owner.kind, owner.id);
      if (current?.status === choice) return { status: current.status, recordedAt: current.recorded_at };
      const row = await repository.insertRegistration(trx, {
        owner_kind: owner.kind,
        owner_id: owner.id,
        status: choice,
        recorded_by: `${principal.kind}:${principal.id}`,
      });
      await recordAudit(trx, {
        actor: principal,
        action: choice === 'signed_up' ? 'post:sign-up' : 'post:withdraw',
        ...(owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id }),
        objectType: 'post-registration',
        objectId: String(row.id),
        purpose: 'own choice on the digital post page',
      });
      return { status: row.status, recordedAt: row.recorded_at };
    });
  }

  /** Staff or demo data record an exemption (the citizen applied at the citizen service desk). */
  async recordRegistration(
    executor: Executor,
    owner: MailboxOwner,
    status: repository.RegistrationStatus,
    recordedBy: string,
  ): Promise<void> {
    await repository.insertRegistration(executor, {
      owner_kind: owner.kind,
      owner_id: owner.id,
      status,
      recorded_by: recordedBy,
    });
  }
}
