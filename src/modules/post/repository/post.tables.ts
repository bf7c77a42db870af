import type { Generated, Selectable } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

/** The post module's tables (Kysely's types) and their row types. */

export type OwnerKind = 'person' | 'business';
export type MessageStatus = 'queued' | 'delivered' | 'read' | 'notified' | 'failed' | 'printed';
export type Folder = 'inbox' | 'sent' | 'archive';
export type RegistrationStatus = 'signed_up' | 'withdrawn' | 'exempt';

export interface MailboxTable {
  id: Generated<string>;
  owner_kind: OwnerKind;
  owner_id: string;
  created_at: Generated<Date>;
}
export interface MessageTable {
  id: Generated<string>;
  mailbox_id: string;
  direction: 'in' | 'out';
  department_id: string | null;
  department_code: string;
  sender_kind: string;
  sender_id: string;
  sender_name: string;
  subject: string;
  body: string;
  reply_allowed: boolean;
  case_id: string | null;
  thread_id: string;
  in_reply_to: string | null;
  delivery: 'digital' | 'print';
  status: MessageStatus;
  owner_folder: Folder;
  department_folder: Folder;
  notification_text: string | null;
  print_batch_id: string | null;
  bulk_id: string | null;
  created_at: Generated<Date>;
  delivered_at: Date | null;
  read_at: Date | null;
  notified_at: Date | null;
  notified_channel: string | null;
  printed_at: Date | null;
  /** a letter held by MeMo's doNotDeliverUntilDate: not in the mailbox, not notified, until then */
  deliver_after: Generated<Date | null>;
}
export interface AttachmentTable {
  id: Generated<string>;
  message_id: string;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: Generated<Date>;
}
export interface RegistrationTable {
  id: Generated<number>;
  owner_kind: OwnerKind;
  owner_id: string;
  status: RegistrationStatus;
  recorded_at: Generated<Date>;
  recorded_by: string;
}
export interface PrintBatchTable {
  id: Generated<string>;
  status: Generated<'open' | 'closed' | 'posted'>;
  created_at: Generated<Date>;
  closed_at: Date | null;
  posted_at: Date | null;
  posted_by: string | null;
}
export interface BulkLetterTable {
  id: Generated<string>;
  department_id: string | null;
  subject: string;
  body: string;
  reply_allowed: boolean;
  status: Generated<'running' | 'done' | 'cancelled'>;
  total: number;
  created_by_kind: string;
  created_by_id: string;
  created_by_name: string;
  created_at: Generated<Date>;
  finished_at: Date | null;
}
export interface BulkRecipientTable {
  id: Generated<number>;
  bulk_id: string;
  recipient: string;
  fields: Record<string, string>;
  state: Generated<'pending' | 'sent' | 'failed' | 'cancelled'>;
  message_id: string | null;
  error: string | null;
  processed_at: Date | null;
}

/** A letter that arrived as MeMo: the document as it came and the facts the letter page shows. */
export interface MemoDocumentTable {
  message_id: string;
  memo_version: string;
  xml: string;
  details: unknown;
  received_at: Generated<Date>;
}
/** A NemSMS that arrived as MeMo, kept until notify has sent it (its text is asked for, never in an event). */
export interface NemSmsTable {
  id: string;
  owner_kind: OwnerKind;
  owner_id: string;
  department_code: string;
  text: string;
  xml: string;
  sender_kind: string;
  sender_id: string;
  created_at: Generated<Date>;
}

export type PostTables = {
  post_mailboxes: MailboxTable;
  post_messages: MessageTable;
  post_attachments: AttachmentTable;
  post_registrations: RegistrationTable;
  post_print_batches: PrintBatchTable;
  post_bulk_letters: BulkLetterTable;
  post_bulk_recipients: BulkRecipientTable;
  post_memo_documents: MemoDocumentTable;
  post_nem_sms: NemSmsTable;
};
export type MessageRow = Selectable<MessageTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type BulkLetterRow = Selectable<BulkLetterTable>;
export type PrintBatchRow = Selectable<PrintBatchTable>;

/** The post tables through an executor. */
export const tables = (executor: Executor) => executor.withTables<PostTables>();
