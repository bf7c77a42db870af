import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import type { CheckedAttachment } from './attachment-check.ts';
import type { MailboxOwner } from './post.types.ts';

/** What deliverLetter holds: its OutgoingLetter with the date. */
interface HeldLetter {
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
  deliverAfter: Date;
}

/** A letter held until its date: queued, in no print batch, no events yet; held-letters.ts delivers it then. */
export async function holdLetter(
  trx: Executor,
  actor: Principal,
  letter: HeldLetter,
  mailboxId: string,
  id: string,
): Promise<repository.MessageRow> {
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
    delivery: 'digital',
    status: 'queued',
    owner_folder: 'inbox',
    department_folder: 'sent',
    notification_text: letter.notificationText ?? null,
    print_batch_id: null,
    bulk_id: letter.bulkId ?? null,
    delivered_at: null,
    deliver_after: letter.deliverAfter,
  });
  await repository.insertAttachments(trx, message.id, letter.attachments);
  await recordAudit(trx, {
    actor,
    action: 'post:send',
    ...(letter.owner.kind === 'person' ? { personId: letter.owner.id } : { businessId: letter.owner.id }),
    objectType: 'post-message',
    objectId: message.id,
    purpose: 'letter held until its delivery date (MeMo doNotDeliverUntilDate)',
  });
  return message;
}
