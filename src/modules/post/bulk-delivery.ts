import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAuditMany } from '#platform/audit/audit.service.ts';
import { PostMessageDelivered, PostMessageSent } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { MailboxOwner } from './post.types.ts';
import type { OutgoingLetter } from './delivery.ts';
import { deliveredEvent, sentEvent } from './delivery-events.ts';

/**
 * Many letters from the municipality without attachments (bulk letters), set-based in the caller's
 * transaction: the same rows as deliverLetter writes for each (message, its events, the open print batch
 * when not signed up, a `post:send` audit row), in a handful of statements for the whole chunk.
 */
export async function deliverLetters(
  trx: Executor,
  events: EventBus,
  actor: Principal,
  letters: Array<Omit<OutgoingLetter, 'attachments' | 'id' | 'threadId' | 'inReplyTo'>>,
): Promise<Array<{ id: string; delivery: 'digital' | 'print' }>> {
  if (!letters.length) return [];
  const key = (owner: MailboxOwner) => `${owner.kind}:${owner.id}`;
  const owners = letters.map((letter) => letter.owner);
  const mailboxes = await repository.ensureMailboxes(trx, owners);
  const registrations = await repository.currentRegistrations(trx, owners);
  const digital = letters.map((letter) => registrations.get(key(letter.owner)) === 'signed_up');
  const printBatchId = digital.includes(false) ? await repository.openPrintBatch(trx) : null;
  const now = new Date();
  const rows = letters.map((letter, index) => {
    const id = crypto.randomUUID();
    return {
      id,
      mailbox_id: mailboxes.get(key(letter.owner))!,
      direction: 'out' as const,
      department_id: letter.department.id,
      department_code: letter.department.code,
      sender_kind: actor.kind,
      sender_id: actor.id,
      sender_name: actor.name,
      subject: letter.subject,
      body: letter.body,
      reply_allowed: letter.replyAllowed,
      case_id: letter.caseId ?? null,
      thread_id: id,
      in_reply_to: null,
      delivery: digital[index] ? ('digital' as const) : ('print' as const),
      status: digital[index] ? ('delivered' as const) : ('queued' as const),
      owner_folder: 'inbox' as const,
      department_folder: 'sent' as const,
      notification_text: letter.notificationText ?? null,
      print_batch_id: digital[index] ? null : printBatchId,
      bulk_id: letter.bulkId ?? null,
      delivered_at: digital[index] ? now : null,
    };
  });
  await repository.insertMessages(trx, rows);
  const party = (owner: MailboxOwner) => (owner.kind === 'person' ? { personId: owner.id } : { businessId: owner.id });
  const sent = letters.map((letter, index) =>
    sentEvent({ ...rows[index], case_id: rows[index].case_id, created_at: now }, party(letter.owner)),
  );
  await events.publishMany(trx, PostMessageSent, sent);
  await events.publishMany(trx, PostMessageDelivered, sent.filter((_, index) => digital[index]).map(deliveredEvent));
  await recordAuditMany(
    trx,
    letters.map((letter, index) => ({
      actor,
      action: 'post:send',
      ...party(letter.owner),
      objectType: 'post-message',
      objectId: rows[index].id,
      purpose: digital[index]
        ? 'letter delivered to digital post'
        : 'letter queued for print (not signed up for digital post)',
    })),
  );
  return rows.map((row) => ({ id: row.id, delivery: row.delivery }));
}
