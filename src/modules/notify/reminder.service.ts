import type { Insertable } from 'kysely';
import type { Logger } from 'pino';
import type { NotificationTable } from './notify.repository.ts';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef } from '#platform/contracts.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import * as repository from './delivery.repository.ts';
import type { ReminderRow } from './notify.repository.ts';
import { mayManageReminder } from './notify.policy.ts';
import type { ContactService } from './contact.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';
import { reminderJob } from './notify.jobs.ts';

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

const invalidReminder = (problems: Array<{ field: string; messageKey: string }>) =>
  new HttpProblem(
    400,
    problems[0].messageKey,
    { max: MAX_LEAD_TIME_HOURS },
    problems.map((problem) => ({ field: problem.field, message: t(problem.messageKey, { max: MAX_LEAD_TIME_HOURS }) })),
  );

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

/** Appointment and meeting reminders: scheduled as a delayed job at startsAt − lead time; a cancelled one is never sent. */
export class ReminderService {
  constructor(
    private readonly deps: {
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
    },
  ) {}

  /** Checks the reminder's fields; the field names match the API body and the staff form. */
  validate(input: Omit<ReminderInput, 'recipient'>, now = new Date()): Array<{ field: string; messageKey: string }> {
    const problems: Array<{ field: string; messageKey: string }> = [];
    if (Number.isNaN(input.startsAt.getTime()) || input.startsAt.getTime() <= now.getTime())
      problems.push({ field: 'startsAt', messageKey: 'notify.reminder.startsAtFuture' });
    if (!input.place.trim() || input.place.length > 200)
      problems.push({ field: 'place', messageKey: 'notify.reminder.placeRequired' });
    if (!input.text.trim() || input.text.length > 300)
      problems.push({ field: 'text', messageKey: 'notify.reminder.textRequired' });
    if (!Number.isInteger(input.leadTimeHours) || input.leadTimeHours < 1 || input.leadTimeHours > MAX_LEAD_TIME_HOURS)
      problems.push({ field: 'leadTimeHours', messageKey: 'notify.reminder.leadTime' });
    return problems;
  }

  /** NotifyContract.scheduleReminder: in the caller's transaction, so the reminder and its job commit with the appointment. */
  async schedule(executor: Executor, actor: Principal, input: ReminderInput): Promise<ReminderView> {
    assertCan(actor, 'notify:remind');
    const problems = this.validate(input);
    if (problems.length) throw invalidReminder(problems);
    const authority = await this.deps.authorityOf(actor);
    // Sent at startsAt − lead time; when that moment has passed already (a short notice), at once.
    const sendAt = new Date(Math.max(Date.now(), input.startsAt.getTime() - input.leadTimeHours * 3_600_000));
    const work = async (trx: Executor) => {
      const row = await repository.insertReminder(trx, {
        recipient_kind: input.recipient.personId ? 'citizen' : 'business',
        recipient_id: (input.recipient.personId ?? input.recipient.businessId)!,
        authority_code: authority.code,
        starts_at: input.startsAt,
        place: input.place.trim(),
        text: input.text.trim(),
        lead_time_hours: input.leadTimeHours,
        send_at: sendAt,
        case_id: input.caseId ?? null,
        created_by_kind: actor.kind,
        created_by_id: actor.id,
        sent_at: null,
        cancelled_at: null,
      });
      await recordAudit(trx, {
        actor,
        action: 'reminder:schedule',
        personId: input.recipient.personId ?? null,
        businessId: input.recipient.businessId ?? null,
        objectType: 'reminder',
        objectId: row.id,
        purpose: input.caseId ? `reminder for case ${input.caseId}` : 'appointment reminder',
      });
      await this.deps.queue.enqueue(trx, reminderJob, { reminderId: row.id }, { startAfter: sendAt });
      return toReminder(row);
    };
    return executor.isTransaction ? work(executor) : this.deps.db.transaction().execute(work);
  }

  /** The staff page and the API: find the recipient (audited look-up) and schedule, in one transaction. */
  async scheduleFor(
    actor: Principal,
    input: Omit<ReminderInput, 'recipient'> & { recipient: RecipientInput },
  ): Promise<ReminderView> {
    assertCan(actor, 'notify:remind');
    const problems = this.validate(input);
    // a form that cannot be scheduled never looks anyone up
    if (problems.length) throw invalidReminder(problems);
    return this.deps.db.transaction().execute(async (trx) => {
      const recipient = await this.deps.resolveRecipient(actor, input.recipient, trx);
      return this.schedule(trx, actor, { ...input, recipient });
    });
  }

  async get(actor: Principal, id: string): Promise<ReminderView> {
    assertCan(actor, 'notify:remind');
    const row = await repository.findReminder(this.deps.db, id);
    if (!row || !mayManageReminder(actor, row)) throw new HttpProblem(404, 'notify.reminder.notFound');
    return toReminder(row);
  }

  /** NotifyContract.cancelReminder: idempotent for a reminder already cancelled; refused (409) once it was sent. */
  async cancel(executor: Executor, actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'notify:remind');
    const work = async (trx: Executor) => {
      const row = await repository.findReminder(trx, id, { lock: true });
      if (!row || !mayManageReminder(actor, row)) throw new HttpProblem(404, 'notify.reminder.notFound');
      if (row.status === 'cancelled') return;
      if (row.status === 'sent') throw new HttpProblem(409, 'notify.reminder.alreadySent');
      await repository.cancelReminder(trx, id);
      await repository.cancelQueuedNotifications(trx, 'reminder', id);
      await recordAudit(trx, {
        actor,
        action: 'reminder:cancel',
        personId: row.recipient_kind === 'citizen' ? row.recipient_id : null,
        businessId: row.recipient_kind === 'business' ? row.recipient_id : null,
        objectType: 'reminder',
        objectId: id,
        purpose: 'appointment cancelled',
      });
    };
    await (executor.isTransaction ? work(executor) : this.deps.db.transaction().execute(work));
  }

  /** The staff page and the API: cancel in a transaction of its own. */
  cancelNow(actor: Principal, id: string): Promise<void> {
    return this.cancel(this.deps.db, actor, id);
  }

  async listUpcoming(actor: Principal): Promise<ReminderView[]> {
    assertCan(actor, 'notify:remind');
    return (await repository.listUpcomingReminders(this.deps.db))
      .filter((row) => mayManageReminder(actor, row))
      .map(toReminder);
  }

  /** The job at send time: checks the reminder is still scheduled, then notifies per the recipient's choices. */
  async send(reminderId: string): Promise<void> {
    const { db, contacts, templates, delivery } = this.deps;
    const reminder = await repository.findReminder(db, reminderId);
    if (reminder?.status !== 'scheduled') return;
    if (reminder.send_at.getTime() > Date.now() + 5_000) return; // an early duplicate; the delayed job comes at its time
    const owner = { kind: reminder.recipient_kind, id: reminder.recipient_id };
    const recipients = await contacts.recipientsFor(owner, reminder.authority_code);
    const authority = await this.deps.authorityByCode(reminder.authority_code);
    const recipientName = await this.deps.recipientName(
      owner.kind === 'citizen' ? { personId: owner.id } : { businessId: owner.id },
    );
    const rows: Array<Insertable<NotificationTable>> = [];
    for (const recipient of recipients) {
      const values = {
        authorityName: authority?.name[recipient.locale] ?? reminder.authority_code,
        startsAt: formatDateTime(reminder.starts_at, recipient.locale),
        place: reminder.place,
        text: reminder.text,
        link: `${this.deps.publicUrl}/my`,
        recipientName,
      };
      const rendered = await templates.render(
        { kind: 'reminder', channel: recipient.channel, locale: recipient.locale },
        values,
      );
      rows.push({
        kind: 'reminder' as const,
        source_id: reminder.id,
        channel: recipient.channel,
        contact_point_id: recipient.contactPointId,
        owner_kind: owner.kind,
        owner_id: owner.id,
        authority_code: reminder.authority_code,
        recipient: recipient.address,
        subject: rendered.subject,
        text: rendered.text,
        provider_id: null,
        last_error: null,
        claimed_at: null,
        next_attempt_at: null,
        sent_at: null,
        delivered_at: null,
        failed_at: null,
      });
    }
    await db.transaction().execute(async (trx) => {
      // checked again under the row lock: a cancellation that commits first wins
      const locked = await repository.findReminder(trx, reminderId, { lock: true });
      if (locked?.status !== 'scheduled') return;
      await delivery.enqueue(trx, rows);
      await repository.markReminderSent(trx, reminderId);
    });
    this.deps.logger.info({ reminderId, notifications: rows.length }, 'reminder due: notifications queued');
  }
}
