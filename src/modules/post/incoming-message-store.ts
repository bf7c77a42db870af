import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { PostReplyReceived } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { checkFiles } from './post-input.ts';
import { ownerOf, partyOf } from './mailbox-owner.ts';

/** A message from a citizen or business as it is stored: in their mailbox's thread, to a department. */
export interface IncomingMessage {
  id?: string;
  mailboxId: string;
  departmentId: string | null;
  departmentCode: string;
  subject: string;
  body: string;
  caseId: string | null;
  threadId: string;
  inReplyTo: string | null;
  attachments: Awaited<ReturnType<typeof checkFiles>>;
}

/** Stores a message from a citizen or business with its attachments and publishes `post.reply-received`. */
export async function storeIncoming(
  events: EventBus,
  trx: Executor,
  principal: Principal,
  input: IncomingMessage,
): Promise<string> {
  const sender =
    principal.kind === 'business'
      ? `${principal.name}${principal.representativeName ? ` (${principal.representativeName})` : ''}`
      : principal.name;
  const message = await repository.insertMessage(trx, {
    ...(input.id ? { id: input.id } : {}),
    mailbox_id: input.mailboxId,
    direction: 'in',
    department_id: input.departmentId,
    department_code: input.departmentCode,
    sender_kind: principal.kind,
    sender_id: principal.id,
    sender_name: sender,
    subject: input.subject,
    body: input.body,
    reply_allowed: false,
    case_id: input.caseId,
    thread_id: input.threadId,
    in_reply_to: input.inReplyTo,
    delivery: 'digital',
    status: 'delivered',
    owner_folder: 'sent',
    department_folder: 'inbox',
    notification_text: null,
    print_batch_id: null,
    bulk_id: null,
    delivered_at: new Date(),
  });
  await repository.insertAttachments(trx, message.id, input.attachments);
  await events.publish(trx, PostReplyReceived, {
    messageId: message.id,
    threadId: input.threadId,
    ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
    ...partyOf(ownerOf(principal)),
    departmentCode: input.departmentCode,
    ...(input.caseId ? { caseId: input.caseId } : {}),
    receivedAt: message.created_at.toISOString(),
  });
  return message.id;
}
