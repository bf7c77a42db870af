import type { Principal } from '#platform/auth/principal.ts';
import type { Department } from '#modules/identity/identity.service.ts';
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
  /** held until then (MeMo doNotDeliverUntilDate): stored, but out of the mailbox and unannounced (held-letters.ts) */
  deliverAfter?: Date;
}

/** The columns of an outgoing letter's message row that do not depend on how it is delivered. */
export const letterColumns = (actor: Principal, letter: OutgoingLetter, mailboxId: string, id: string) => ({
  id,
  mailbox_id: mailboxId,
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
  thread_id: letter.threadId ?? id,
  in_reply_to: letter.inReplyTo ?? null,
  owner_folder: 'inbox' as const,
  department_folder: 'sent' as const,
  notification_text: letter.notificationText ?? null,
  bulk_id: letter.bulkId ?? null,
});
