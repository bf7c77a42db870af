import type { Generated, Selectable } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { Channel, TemplateKind } from './template-render.ts';

export type OwnerKind = 'citizen' | 'business';
export interface Owner {
  kind: OwnerKind;
  id: string;
}
export type NotificationStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'dead' | 'cancelled';
export type NotificationKind = TemplateKind | 'bench';
export type ConsentEvent =
  | 'consent-given'
  | 'consent-withdrawn'
  | 'contact-registered'
  | 'contact-verified'
  | 'contact-deleted';

export interface ContactPointTable {
  id: Generated<string>;
  owner_kind: OwnerKind;
  owner_id: string;
  channel: Channel;
  address: string | null;
  verified_at: Date | null;
  pending_address: string | null;
  code_hash: string | null;
  code_expires_at: Date | null;
  code_attempts: Generated<number>;
  code_sent_at: Date | null;
  locale: Generated<'da' | 'en'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface PreferenceTable {
  owner_kind: OwnerKind;
  owner_id: string;
  authority_code: string;
  sms: boolean;
  email: boolean;
  updated_at: Generated<Date>;
}
export interface ConsentEventTable {
  id: Generated<number>;
  owner_kind: OwnerKind;
  owner_id: string;
  event: ConsentEvent;
  channel: Channel;
  authority_code: string | null;
  occurred_at: Generated<Date>;
}
export interface TemplateTable {
  kind: TemplateKind;
  channel: Channel;
  locale: 'da' | 'en';
  subject: string;
  body: string;
  updated_at: Generated<Date>;
  updated_by: string | null;
}
export interface NotificationTable {
  id: Generated<string>;
  kind: NotificationKind;
  source_id: string;
  channel: Channel;
  contact_point_id: string | null;
  owner_kind: OwnerKind | null;
  owner_id: string | null;
  authority_code: string;
  recipient: string;
  subject: string;
  text: string;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  provider_id: string | null;
  last_error: string | null;
  claimed_at: Date | null;
  next_attempt_at: Date | null;
  created_at: Generated<Date>;
  sent_at: Date | null;
  delivered_at: Date | null;
  failed_at: Date | null;
}
export interface ReminderTable {
  id: Generated<string>;
  recipient_kind: OwnerKind;
  recipient_id: string;
  authority_code: string;
  starts_at: Date;
  place: string;
  text: string;
  lead_time_hours: number;
  send_at: Date;
  case_id: string | null;
  status: Generated<'scheduled' | 'sent' | 'cancelled'>;
  created_by_kind: string;
  created_by_id: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
  cancelled_at: Date | null;
}
export interface RateWindowTable {
  authority_code: string;
  window_start: Date;
  count: number;
}
export interface DevOutboxTable {
  id: Generated<number>;
  channel: Channel;
  recipient: string;
  subject: string;
  text: string;
  /** the notification this is a send of: unique, so the outbox never holds two sends of one notification */
  notification_id: string | null;
  created_at: Generated<Date>;
}

export type NotifyTables = {
  notify_contact_points: ContactPointTable;
  notify_preferences: PreferenceTable;
  notify_consent_events: ConsentEventTable;
  notify_templates: TemplateTable;
  notify_notifications: NotificationTable;
  notify_reminders: ReminderTable;
  notify_rate_windows: RateWindowTable;
  notify_dev_outbox: DevOutboxTable;
};
export type ContactPointRow = Selectable<ContactPointTable>;
export type NotificationRow = Selectable<NotificationTable>;
export type ReminderRow = Selectable<ReminderTable>;
export type TemplateRow = Selectable<TemplateTable>;

const tables = (executor: Executor) => executor.withTables<NotifyTables>();

// ── contact points ──────────────────────────────────────────────────────────────────────────────
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

// ── preferences and consent ─────────────────────────────────────────────────────────────────────
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

// ── templates ───────────────────────────────────────────────────────────────────────────────────
export const listTemplates = (executor: Executor) =>
  tables(executor)
    .selectFrom('notify_templates')
    .selectAll()
    .orderBy('kind')
    .orderBy('channel')
    .orderBy('locale')
    .execute();

export const findTemplate = (executor: Executor, kind: TemplateKind, channel: Channel, locale: 'da' | 'en') =>
  tables(executor)
    .selectFrom('notify_templates')
    .selectAll()
    .where('kind', '=', kind)
    .where('channel', '=', channel)
    .where('locale', '=', locale)
    .executeTakeFirst();

export const insertDefaultTemplate = (executor: Executor, row: Omit<TemplateRow, 'updated_at' | 'updated_by'>) =>
  tables(executor)
    .insertInto('notify_templates')
    .values({ ...row, updated_by: null })
    .onConflict((conflict) => conflict.columns(['kind', 'channel', 'locale']).doNothing())
    .execute();

export const updateTemplate = (
  executor: Executor,
  key: { kind: TemplateKind; channel: Channel; locale: 'da' | 'en' },
  change: { subject: string; body: string; updatedBy: string },
) =>
  tables(executor)
    .updateTable('notify_templates')
    .set({ subject: change.subject, body: change.body, updated_by: change.updatedBy, updated_at: new Date() })
    .where('kind', '=', key.kind)
    .where('channel', '=', key.channel)
    .where('locale', '=', key.locale)
    .executeTakeFirst();
