import type { Generated, Selectable } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { Channel, TemplateKind } from '../template-render.ts';

export type OwnerKind = 'citizen' | 'business';
export interface Owner {
  kind: OwnerKind;
  id: string;
}
export type NotificationStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'dead' | 'cancelled';
export type NotificationKind = TemplateKind | 'bench' | 'nem-sms' | 'direct-email';
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

/** The notify tables through an executor. */
export const tables = (executor: Executor) => executor.withTables<NotifyTables>();
