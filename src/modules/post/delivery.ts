import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import { PostMessageDelivered, PostMessageSent } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { CheckedAttachment } from './attachment-check.ts';
import type { MailboxOwner } from './post.types.ts';
import { deliveredEvent, sentEvent } from './delivery-events.ts';
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
