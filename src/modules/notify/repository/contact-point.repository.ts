import type { Executor } from '#platform/db/database.ts';
import type { Channel } from '../template-render.ts';
import { tables, type Owner } from './notify.tables.ts';

// A citizen's or business's mobile numbers and e-mail addresses: pending until verified by a code.

export const listContactPoints = (executor: Executor, owner: Owner) =>
  tables(executor)
    .selectFrom('notify_contact_points')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .orderBy('channel')
    .execute();

export const findContactPoint = (executor: Executor, owner: Owner, channel: Channel, { lock = false } = {}) => {
  const query = tables(executor)
    .selectFrom('notify_contact_points')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where('channel', '=', channel);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};

/** Puts a new address (and its code) on the owner's contact point for the channel, creating it if need be. */
export const upsertPendingAddress = (
  executor: Executor,
  owner: Owner,
  channel: Channel,
  pending: { address: string; codeHash: string; expiresAt: Date; locale: 'da' | 'en' },
) =>
  tables(executor)
    .insertInto('notify_contact_points')
    .values({
      owner_kind: owner.kind,
      owner_id: owner.id,
      channel,
      address: null,
      verified_at: null,
      pending_address: pending.address,
      code_hash: pending.codeHash,
      code_expires_at: pending.expiresAt,
      code_attempts: 0,
      code_sent_at: new Date(),
      locale: pending.locale,
    })
    .onConflict((conflict) =>
      conflict.columns(['owner_kind', 'owner_id', 'channel']).doUpdateSet({
        pending_address: pending.address,
        code_hash: pending.codeHash,
        code_expires_at: pending.expiresAt,
        code_attempts: 0,
        code_sent_at: new Date(),
        locale: pending.locale,
        updated_at: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();

export const countFailedAttempt = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('notify_contact_points')
    .set((eb) => ({ code_attempts: eb('code_attempts', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .returning('code_attempts')
    .executeTakeFirstOrThrow();

export const confirmPendingAddress = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('notify_contact_points')
    .set((eb) => ({
      address: eb.ref('pending_address'),
      verified_at: new Date(),
      pending_address: null,
      code_hash: null,
      code_expires_at: null,
      code_attempts: 0,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const deleteContactPoint = (executor: Executor, id: string) =>
  tables(executor).deleteFrom('notify_contact_points').where('id', '=', id).execute();

export const insertVerifiedContactPoint = (executor: Executor, owner: Owner, channel: Channel, address: string) =>
  tables(executor)
    .insertInto('notify_contact_points')
    .values({
      owner_kind: owner.kind,
      owner_id: owner.id,
      channel,
      address,
      verified_at: new Date(),
      pending_address: null,
      code_hash: null,
      code_expires_at: null,
      code_sent_at: null,
    })
    .onConflict((conflict) => conflict.columns(['owner_kind', 'owner_id', 'channel']).doNothing())
    .execute();
