import type { Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import { NEW_POST_EVENT, NewPostEvent } from './post-events.ts';
import * as repository from './post.repository.ts';
import type { CheckedAttachment } from './attachment-check.ts';
import type { MailboxOwner } from './post.types.ts';

export interface OutgoingLetter {
  /** a given id (a MeMo message's UUID); a new one otherwise */
  id?: string;
  owner: MailboxOwner;
  department: Department;
  subject: string;
  body: string;
  replyAllowed: boolean;
  caseId?: string | null;
  attachments: CheckedAttachment[];
  notificationText?: string;
  bulkId?: string;
  threadId?: string;
  inReplyTo?: string | null;
}

/**
 * Delivers a letter from the municipality, in the caller's transaction: into the owner's mailbox (created
 * on first use), digitally if the owner is signed up for digital post — with the NEW_POST_EVENT for the
 * notify module in the same transaction — or else marked for print in the open print batch. Either way
 * the message is stored, so it is never lost. Audited as `post:send`.
 */
export async function deliverLetter(
  trx: Executor,
  queue: JobQueue,
  actor: Principal,
  letter: OutgoingLetter,
): Promise<repository.MessageRow> {
  const mailboxId = await repository.ensureMailbox(trx, letter.owner.kind, letter.owner.id);
  const registration = await repository.currentRegistration(trx, letter.owner.kind, letter.owner.id);
  const digital = registration?.status === 'signed_up';
  const id = letter.id ?? crypto.randomUUID();
  const message = await repository.insertMessage(trx, {
    id,
    mailbox_id: mailboxId,
    direction: 'out',
    department_id: letter.department.id,
    department_code: letter.department.code,
    sender_kind: actor.kind,
    sender_id: actor.id,
    sender_name: actor.name,
    subject: letter.subject,
    body: letter.body,
    reply_allowed: letter.replyAllowed,
    case_id: letter.caseId ?? null,
    thread_id: letter.threadId ?? id,
    in_reply_to: letter.inReplyTo ?? null,
    delivery: digital ? 'digital' : 'print',
    status: digital ? 'delivered' : 'queued',
    owner_folder: 'inbox',
    department_folder: 'sent',
    notification_text: letter.notificationText ?? null,
    print_batch_id: digital ? null : await repository.openPrintBatch(trx),
    bulk_id: letter.bulkId ?? null,
    delivered_at: digital ? new Date() : null,
  });
  await repository.insertAttachments(trx, message.id, letter.attachments);
  const party = letter.owner.kind === 'person' ? { personId: letter.owner.id } : { businessId: letter.owner.id };
  if (digital) {
    const event: NewPostEvent = NewPostEvent.parse({
      messageId: message.id,
      ...party,
      authorityCode: letter.department.code,
      ...(letter.notificationText ? { notificationText: letter.notificationText.slice(0, 160) } : {}),
    });
    await queue.send(trx, NEW_POST_EVENT, event);
  }
  await recordAudit(trx, {
    actor,
    action: 'post:send',
    ...party,
    objectType: 'post-message',
    objectId: message.id,
    purpose: digital ? 'letter delivered to digital post' : 'letter queued for print (not signed up for digital post)',
  });
  return message;
}

/**
 * Many letters from the municipality without attachments (bulk letters), set-based in the caller's
 * transaction: the same rows as deliverLetter writes for each (message, NEW_POST_EVENT when signed up,
 * else the open print batch, a `post:send` audit row), in a handful of statements for the whole chunk.
 */
export async function deliverLetters(
  trx: Executor,
  queue: JobQueue,
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
  const events = letters.flatMap((letter, index) =>
    digital[index]
      ? [
          NewPostEvent.parse({
            messageId: rows[index].id,
            ...party(letter.owner),
            authorityCode: letter.department.code,
            ...(letter.notificationText ? { notificationText: letter.notificationText.slice(0, 160) } : {}),
          }),
        ]
      : [],
  );
  await queue.sendMany(trx, NEW_POST_EVENT, events);
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
