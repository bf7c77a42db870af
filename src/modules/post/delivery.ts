import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { PostMessageDelivered, PostMessageSent } from './post.events.ts';
import * as repository from './post.repository.ts';
import { letterColumns, type OutgoingLetter } from './letter-columns.ts';
import { deliveredEvent, sentEvent } from './delivery-events.ts';
import { holdLetter } from './hold-letter.ts';

export type { OutgoingLetter };

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
    ...letterColumns(actor, letter, mailboxId, id),
    delivery: digital ? 'digital' : 'print',
    status: digital ? 'delivered' : 'queued',
    print_batch_id: digital ? null : await repository.openPrintBatch(trx),
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
