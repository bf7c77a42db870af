import type { EventBus } from '#platform/events/event-bus.ts';
import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { MemoDetails } from './memo/memo-details.ts';
import type { Folder, MessageStatus, OwnerKind, RegistrationStatus } from './post.repository.ts';

export type { Folder, MessageStatus, OwnerKind, RegistrationStatus };

/** The owner of a mailbox as the post module sees them: a person or a business, by internal id. */
export interface MailboxOwner {
  kind: OwnerKind;
  id: string;
}

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A message as shown in a list (never the body). */
export interface MessageSummary {
  id: string;
  direction: 'in' | 'out';
  subject: string;
  departmentCode: string;
  departmentName: { da: string; en: string };
  senderName: string;
  status: MessageStatus;
  createdAt: Date;
  unread: boolean;
  caseId: string | null;
}

export interface MessageView extends MessageSummary {
  body: string;
  replyAllowed: boolean;
  folder: Folder;
  threadId: string;
  inReplyTo: string | null;
  delivery: 'digital' | 'print';
  attachments: AttachmentView[];
  /** what a letter that arrived as MeMo carries beyond subject, body and attachments */
  memo?: MemoDetails;
}

export interface RegistrationView {
  status: RegistrationStatus | 'not_signed_up';
  recordedAt: Date | null;
}

export interface MailboxPage {
  folder: Folder;
  search: string;
  page: number;
  hasNext: boolean;
  unread: number;
  messages: MessageSummary[];
  registration: RegistrationView;
}

/** What staff see of a message in the department mailbox: the recipient's name and number only as needed. */
export interface DepartmentMessageSummary extends MessageSummary {
  recipientName: string;
}
export interface DepartmentMessageView extends MessageView {
  recipientName: string;
  thread: MessageView[];
}

export interface MessageStatusView {
  id: string;
  status: MessageStatus;
  delivery: 'digital' | 'print';
  createdAt: Date;
  deliveredAt: Date | null;
  readAt: Date | null;
  notifiedAt: Date | null;
  printedAt: Date | null;
}

/** What the post services share: the database, the queue and identity (for people and departments). */
export interface PostDependencies {
  db: Database;
  queue: JobQueue;
  events: EventBus;
  identity: IdentityContract;
  logger: Logger;
}
