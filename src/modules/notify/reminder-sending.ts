import type { Insertable } from 'kysely';
import { formatDateTime } from '#platform/i18n/i18n.ts';
import type { NotificationTable } from './notify.repository.ts';
import * as repository from './delivery.repository.ts';
import type { ReminderDeps } from './reminder.types.ts';

/** The job at send time: checks the reminder is still scheduled, then notifies per the recipient's choices. */
export async function sendReminder(deps: ReminderDeps, reminderId: string): Promise<void> {
  const { db, contacts, templates, delivery } = deps;
  const reminder = await repository.findReminder(db, reminderId);
  if (reminder?.status !== 'scheduled') return;
  if (reminder.send_at.getTime() > Date.now() + 5_000) return; // an early duplicate; the delayed job comes at its time
  const owner = { kind: reminder.recipient_kind, id: reminder.recipient_id };
  const recipients = await contacts.recipientsFor(owner, reminder.authority_code);
  const authority = await deps.authorityByCode(reminder.authority_code);
  const recipientName = await deps.recipientName(
    owner.kind === 'citizen' ? { personId: owner.id } : { businessId: owner.id },
  );
  const rows: Array<Insertable<NotificationTable>> = [];
  for (const recipient of recipients) {
    const values = {
      authorityName: authority?.name[recipient.locale] ?? reminder.authority_code,
      startsAt: formatDateTime(reminder.starts_at, recipient.locale),
      place: reminder.place,
      text: reminder.text,
      link: `${deps.publicUrl}/my`,
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
  deps.logger.info({ reminderId, notifications: rows.length }, 'reminder due: notifications queued');
}
