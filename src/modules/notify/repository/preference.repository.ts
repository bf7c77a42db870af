import type { Executor } from '#platform/db/database.ts';
import type { Channel } from '../template-render.ts';
import { tables, type Owner, type ConsentEvent } from './notify.tables.ts';

// Which authorities may notify an owner on which channel, and the consent events that record each change.

export const listPreferences = (executor: Executor, owner: Owner) =>
  tables(executor)
    .selectFrom('notify_preferences')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .execute();

export const findPreference = (executor: Executor, owner: Owner, authorityCode: string) =>
  tables(executor)
    .selectFrom('notify_preferences')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where('authority_code', '=', authorityCode)
    .executeTakeFirst();

export const upsertPreference = (
  executor: Executor,
  owner: Owner,
  authorityCode: string,
  choice: { sms: boolean; email: boolean },
) =>
  tables(executor)
    .insertInto('notify_preferences')
    .values({ owner_kind: owner.kind, owner_id: owner.id, authority_code: authorityCode, ...choice })
    .onConflict((conflict) =>
      conflict.columns(['owner_kind', 'owner_id', 'authority_code']).doUpdateSet({ ...choice, updated_at: new Date() }),
    )
    .execute();

export const clearChannelPreferences = (executor: Executor, owner: Owner, channel: Channel) =>
  tables(executor)
    .updateTable('notify_preferences')
    .set({ [channel]: false, updated_at: new Date() })
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where(channel, '=', true)
    .returning('authority_code')
    .execute();

export const insertConsentEvents = async (
  executor: Executor,
  events: Array<{ owner: Owner; event: ConsentEvent; channel: Channel; authorityCode?: string | null }>,
) => {
  if (events.length === 0) return;
  await tables(executor)
    .insertInto('notify_consent_events')
    .values(
      events.map((entry) => ({
        owner_kind: entry.owner.kind,
        owner_id: entry.owner.id,
        event: entry.event,
        channel: entry.channel,
        authority_code: entry.authorityCode ?? null,
      })),
    )
    .execute();
};

export const listConsentEvents = (executor: Executor, owner: Owner, limit = 50) =>
  tables(executor)
    .selectFrom('notify_consent_events')
    .selectAll()
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
