import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import { PostMessageDelivered, PostMessageSent } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { CheckedAttachment } from './attachment-check.ts';
import type { MailboxOwner } from './post.types.ts';
import { holdLetter } from './hold-letter.ts';

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
  /** held until then (MeMo doNotDeliverUntilDate): stored, but out of the mailbox and unannounced (held-letters.ts) */
  deliverAfter?: Date;
}

/**
 * Delivers a letter from the municipality, in the caller's transaction: into the owner's mailbox (created
 * on first use), digitally if the owner is signed up for digital post, or else marked for print in the
 * open print batch. Either way the message is stored, so it is never lost, and `post.message-sent` is
 * published with it (and `post.message-delivered` when it landed in a digital mailbox). Audited as `post:send`.
 */
export async function deliverLetter(
  trx: Executor,
  events: EventBus,
  actor: Principal,
  letter: OutgoingLetter,
): Promise<repository.MessageRow> {
  const mailboxId = await repository.ensureMailbox(trx, letter.owner.kind, letter.owner.id);
  const registration = await repository.currentRegistration(trx, letter.owner.kind, letter.owner.id);
  const digital = registration?.status === 'signed_up';
  const id = letter.id ?? crypto.randomUUID();
  if (letter.deliverAfter && letter.deliverAfter.getTime() > Date.now())
    return holdLetter(trx, actor, { ...letter, deliverAfter: letter.deliverAfter }, mailboxId, id);
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
  const sent = sentEvent(message, party);
  await events.publish(trx, PostMessageSent, sent);
  if (digital) await events.publish(trx, PostMessageDelivered, deliveredEvent(sent));
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

/** The `post.message-sent` payload of a letter from the municipality. */
export function sentEvent(
  message: Pick<repository.MessageRow, 'id' | 'department_code' | 'delivery' | 'case_id' | 'bulk_id' | 'created_at'>,
  party: { personId: string } | { businessId: string },
) {
  return {
    messageId: message.id,
    ...party,
    departmentCode: message.department_code,
    channel: message.delivery,
    ...(message.case_id ? { caseId: message.case_id } : {}),
    ...(message.bulk_id ? { bulkId: message.bulk_id } : {}),
    sentAt: message.created_at.toISOString(),
  };
}

export const deliveredEvent = (sent: ReturnType<typeof sentEvent>) => ({
  messageId: sent.messageId,
  ...('personId' in sent ? { personId: sent.personId } : { businessId: sent.businessId }),
  departmentCode: sent.departmentCode,
  channel: 'digital' as const,
  deliveredAt: sent.sentAt,
});

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
