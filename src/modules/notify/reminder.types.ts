import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef } from '#platform/contracts.ts';
import type { ReminderRow } from './notify.repository.ts';
import type { ContactService } from './contact.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';

export const MAX_LEAD_TIME_HOURS = 24 * 14;

export interface ReminderInput {
  recipient: PartyRef;
  startsAt: Date;
  place: string;
  text: string;
  leadTimeHours: number;
  caseId?: string;
}
/** A recipient as staff and API clients name one: by CPR or CVR, or by the internal id another module holds. */
export type RecipientInput = { cpr: string } | { cvr: string } | PartyRef;

export interface ReminderView {
  id: string;
  startsAt: Date;
  sendAt: Date;
  place: string;
  text: string;
  leadTimeHours: number;
  caseId: string | null;
  authorityCode: string;
  status: 'scheduled' | 'sent' | 'cancelled';
  createdAt: Date;
}

export const toReminder = (row: ReminderRow): ReminderView => ({
  id: row.id,
  startsAt: row.starts_at,
  sendAt: row.send_at,
  place: row.place,
  text: row.text,
  leadTimeHours: row.lead_time_hours,
  caseId: row.case_id,
  authorityCode: row.authority_code,
  status: row.status,
  createdAt: row.created_at,
});

/** What reminders need: the database and queue, the contact register and delivery, and the other modules' answers. */
export interface ReminderDeps {
  db: Database;
  queue: JobQueue;
  logger: Logger;
  contacts: ContactService;
  delivery: DeliveryService;
  templates: TemplateService;
  publicUrl: string;
  authorityOf(actor: Principal): Promise<{ code: string; name: { da: string; en: string } }>;
  authorityByCode(code: string): Promise<{ code: string; name: { da: string; en: string } } | undefined>;
  recipientName(recipient: PartyRef): Promise<string | undefined>;
  /** finds the recipient (a CPR or CVR look-up is audited by the identity module, in this transaction) */
  resolveRecipient(actor: Principal, recipient: RecipientInput, executor: Executor): Promise<PartyRef>;
}
