import { sql, type Generated, type Selectable } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

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

export type PostTables = {
  post_mailboxes: MailboxTable;
  post_messages: MessageTable;
  post_attachments: AttachmentTable;
  post_registrations: RegistrationTable;
  post_print_batches: PrintBatchTable;
  post_bulk_letters: BulkLetterTable;
  post_bulk_recipients: BulkRecipientTable;
};
export type MessageRow = Selectable<MessageTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type BulkLetterRow = Selectable<BulkLetterTable>;
export type PrintBatchRow = Selectable<PrintBatchTable>;

const tables = (executor: Executor) => executor.withTables<PostTables>();

/** Messages without their body: for lists, which never need the content. */
const listColumns = [
  'id',
  'mailbox_id',
  'direction',
  'department_id',
  'department_code',
  'sender_name',
  'subject',
  'status',
  'owner_folder',
  'department_folder',
  'case_id',
  'thread_id',
  'delivery',
  'created_at',
  'read_at',
  'reply_allowed',
] as const;
export type MessageListRow = Pick<MessageRow, (typeof listColumns)[number]>;

// Mailboxes -------------------------------------------------------------------------------------

/** The owner's mailbox, created on first use (a concurrent first use finds the other's row). */
export async function ensureMailbox(executor: Executor, ownerKind: OwnerKind, ownerId: string): Promise<string> {
  await tables(executor)
    .insertInto('post_mailboxes')
    .values({ owner_kind: ownerKind, owner_id: ownerId })
    .onConflict((conflict) => conflict.columns(['owner_kind', 'owner_id']).doNothing())
    .execute();
  return (
    await tables(executor)
      .selectFrom('post_mailboxes')
      .select('id')
      .where('owner_kind', '=', ownerKind)
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow()
  ).id;
}
/** Many owners' mailboxes at once (bulk letters): created where missing, as a map owner key → mailbox id. */
export async function ensureMailboxes(
  executor: Executor,
  owners: Array<{ kind: OwnerKind; id: string }>,
): Promise<Map<string, string>> {
  if (!owners.length) return new Map();
  const find = async (wanted: typeof owners) =>
    (
      await tables(executor)
        .selectFrom('post_mailboxes')
        .select(['id', 'owner_kind', 'owner_id'])
        .where(
          'owner_id',
          'in',
          wanted.map((owner) => owner.id),
        )
        .execute()
    ).map((row) => [`${row.owner_kind}:${row.owner_id}`, row.id] as const);
  const found = new Map(await find(owners));
  // most recipients have had a letter before: only the others get a mailbox (a concurrent first use finds the other's row)
  const missing = owners.filter((owner) => !found.has(`${owner.kind}:${owner.id}`));
  if (missing.length) {
    await tables(executor)
      .insertInto('post_mailboxes')
      .values(missing.map((owner) => ({ owner_kind: owner.kind, owner_id: owner.id })))
      .onConflict((conflict) => conflict.columns(['owner_kind', 'owner_id']).doNothing())
      .execute();
    for (const [key, id] of await find(missing)) found.set(key, id);
  }
  return found;
}
export const findMailbox = (executor: Executor, ownerKind: OwnerKind, ownerId: string) =>
  tables(executor)
    .selectFrom('post_mailboxes')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
export const findMailboxById = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
export const findMailboxesByIds = (executor: Executor, ids: string[]) =>
  ids.length
    ? tables(executor).selectFrom('post_mailboxes').selectAll().where('id', 'in', ids).execute()
    : Promise.resolve([]);

// Messages --------------------------------------------------------------------------------------

export const insertMessage = (
  executor: Executor,
  message: Omit<MessageTable, 'id' | 'created_at' | 'read_at' | 'notified_at' | 'notified_channel' | 'printed_at'> & {
    id?: string;
  },
) => tables(executor).insertInto('post_messages').values(message).returningAll().executeTakeFirstOrThrow();

/** Many messages in one statement per 500 (bulk letters), returned in the order given. */
export async function insertMessages(
  executor: Executor,
  messages: Array<
    Omit<MessageTable, 'id' | 'created_at' | 'read_at' | 'notified_at' | 'notified_channel' | 'printed_at'> & {
      id: string;
    }
  >,
): Promise<void> {
  for (let start = 0; start < messages.length; start += 500)
    await tables(executor)
      .insertInto('post_messages')
      .values(messages.slice(start, start + 500))
      .execute();
}

export const insertAttachments = async (
  executor: Executor,
  messageId: string,
  attachments: Array<{ filename: string; content_type: string; content: Buffer }>,
) => {
  if (!attachments.length) return;
  await tables(executor)
    .insertInto('post_attachments')
    .values(
      attachments.map((attachment) => ({
        message_id: messageId,
        filename: attachment.filename,
        content_type: attachment.content_type,
        size: attachment.content.length,
        content: attachment.content,
      })),
    )
    .execute();
};

export const findMessage = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_messages').selectAll().where('id', '=', id).executeTakeFirst();

/** A message only if it lies in the given mailbox: the one query a citizen's or business's read goes through. */
export const findMessageInMailbox = (executor: Executor, mailboxId: string, id: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('id', '=', id)
    .where('mailbox_id', '=', mailboxId)
    .executeTakeFirst();

export function listMailboxMessages(
  executor: Executor,
  mailboxId: string,
  options: { folder: Folder; search?: string; limit: number; offset: number },
) {
  let query = tables(executor)
    .selectFrom('post_messages')
    .select(listColumns)
    .where('mailbox_id', '=', mailboxId)
    .where('owner_folder', '=', options.folder);
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query = query.where((where) =>
      where.or([
        where('subject', 'ilike', pattern),
        where('body', 'ilike', pattern),
        where('sender_name', 'ilike', pattern),
      ]),
    );
  }
  return query.orderBy('created_at', 'desc').orderBy('id').limit(options.limit).offset(options.offset).execute();
}

/** The my-page badge: an owner's unread letters in one round trip (the mailbox joined, not looked up first). Same predicates as countUnread, so the partial index post_messages_unread serves both. */
export async function countUnreadOfOwner(executor: Executor, ownerKind: OwnerKind, ownerId: string): Promise<number> {
  const row = await tables(executor)
    .selectFrom('post_messages as message')
    .innerJoin('post_mailboxes as mailbox', 'mailbox.id', 'message.mailbox_id')
    .select((select) => select.fn.countAll<number>().as('count'))
    .where('mailbox.owner_kind', '=', ownerKind)
    .where('mailbox.owner_id', '=', ownerId)
    .where('message.direction', '=', 'out')
    .where('message.read_at', 'is', null)
    .where('message.owner_folder', '=', 'inbox')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Keep these predicates as they are: they are the partial index post_messages_unread's (migration 20261201110900). */
export async function countUnread(executor: Executor, mailboxId: string): Promise<number> {
  const row = await tables(executor)
    .selectFrom('post_messages')
    .select((select) => select.fn.countAll<number>().as('count'))
    .where('mailbox_id', '=', mailboxId)
    .where('direction', '=', 'out')
    .where('read_at', 'is', null)
    .where('owner_folder', '=', 'inbox')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export function listDepartmentMessages(
  executor: Executor,
  departmentId: string,
  options: { direction: 'in' | 'out'; limit: number; offset: number },
) {
  return tables(executor)
    .selectFrom('post_messages')
    .select([...listColumns])
    .where('department_id', '=', departmentId)
    .where('direction', '=', options.direction)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export const listThread = (executor: Executor, threadId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const listReplies = (executor: Executor, messageId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('in_reply_to', '=', messageId)
    .where('direction', '=', 'in')
    .orderBy('created_at')
    .execute();

export const listCaseLetters = (executor: Executor, mailboxId: string, caseId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .select(['id', 'subject', 'created_at'])
    .where('mailbox_id', '=', mailboxId)
    .where('case_id', '=', caseId)
    .where('direction', '=', 'out')
    .orderBy('created_at')
    .execute();

export const markRead = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('post_messages')
    .set({
      read_at: sql`now()`,
      status: sql`case when status in ('delivered', 'notified') then 'read' else status end`,
    })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();

/** Notified only moves a delivered message on; a read or printed message keeps its status (the time is still kept). */
export const markNotified = (executor: Executor, id: string, channel: string) =>
  tables(executor)
    .updateTable('post_messages')
    .set({
      notified_at: sql`coalesce(notified_at, now())`,
      notified_channel: sql`coalesce(notified_channel, ${channel})`,
      status: sql`case when status = 'delivered' then 'notified' else status end`,
    })
    .where('id', '=', id)
    .executeTakeFirst();

export const setOwnerFolder = (executor: Executor, id: string, folder: Folder) =>
  tables(executor).updateTable('post_messages').set({ owner_folder: folder }).where('id', '=', id).execute();

// Attachments -----------------------------------------------------------------------------------

export const listAttachments = (executor: Executor, messageIds: string[]) =>
  messageIds.length
    ? tables(executor)
        .selectFrom('post_attachments')
        .select(['id', 'message_id', 'filename', 'content_type', 'size'])
        .where('message_id', 'in', messageIds)
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);
export const listAttachmentsWithContent = (executor: Executor, messageId: string) =>
  tables(executor)
    .selectFrom('post_attachments')
    .selectAll()
    .where('message_id', '=', messageId)
    .orderBy('created_at')
    .execute();
export const findAttachment = (executor: Executor, messageId: string, attachmentId: string) =>
  tables(executor)
    .selectFrom('post_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();

// Registrations ---------------------------------------------------------------------------------

export const currentRegistration = (executor: Executor, ownerKind: OwnerKind, ownerId: string) =>
  tables(executor)
    .selectFrom('post_registrations')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
/** The latest registration of each owner (bulk letters): owner key → status. */
export async function currentRegistrations(
  executor: Executor,
  owners: Array<{ kind: OwnerKind; id: string }>,
): Promise<Map<string, RegistrationStatus>> {
  if (!owners.length) return new Map();
  const rows = await tables(executor)
    .selectFrom('post_registrations')
    .distinctOn(['owner_kind', 'owner_id'])
    .select(['owner_kind', 'owner_id', 'status'])
    .where(
      'owner_id',
      'in',
      owners.map((owner) => owner.id),
    )
    .orderBy('owner_kind')
    .orderBy('owner_id')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((row) => [`${row.owner_kind}:${row.owner_id}`, row.status]));
}
export const insertRegistration = (
  executor: Executor,
  row: { owner_kind: OwnerKind; owner_id: string; status: RegistrationStatus; recorded_by: string },
) => tables(executor).insertInto('post_registrations').values(row).returningAll().executeTakeFirstOrThrow();

// Print batches ---------------------------------------------------------------------------------

/** The open batch, opened when none is (the partial unique index keeps it to one). */
export async function openPrintBatch(executor: Executor): Promise<string> {
  const open = await tables(executor)
    .selectFrom('post_print_batches')
    .select('id')
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) return open.id;
  await sql`insert into post_print_batches (status) values ('open') on conflict do nothing`.execute(executor);
  return (
    await tables(executor)
      .selectFrom('post_print_batches')
      .select('id')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow()
  ).id;
}
export const listPrintBatches = (executor: Executor, limit: number) =>
  tables(executor)
    .selectFrom('post_print_batches as batch')
    .leftJoin('post_messages as message', 'message.print_batch_id', 'batch.id')
    .select([
      'batch.id',
      'batch.status',
      'batch.created_at',
      'batch.closed_at',
      'batch.posted_at',
      (select) => select.fn.count<number>('message.id').as('letters'),
    ])
    .groupBy('batch.id')
    .orderBy('batch.created_at', 'desc')
    .limit(limit)
    .execute();
export const findPrintBatch = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_print_batches').selectAll().where('id', '=', id).executeTakeFirst();
export const listBatchMessages = (executor: Executor, batchId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('print_batch_id', '=', batchId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const closePrintBatch = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('post_print_batches')
    .set({ status: 'closed', closed_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
/** The letters a posted batch printed, with their mailbox's owner (for the delivered events). */
export const printedLettersOfBatch = (executor: Executor, batchId: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .innerJoin('post_mailboxes', 'post_mailboxes.id', 'post_messages.mailbox_id')
    .select([
      'post_messages.id',
      'post_messages.department_code',
      'post_messages.printed_at',
      'post_mailboxes.owner_kind',
      'post_mailboxes.owner_id',
    ])
    .where('post_messages.print_batch_id', '=', batchId)
    .where('post_messages.status', '=', 'printed')
    .execute();

export async function markBatchPosted(executor: Executor, id: string, postedBy: string): Promise<boolean> {
  const updated = await tables(executor)
    .updateTable('post_print_batches')
    .set({ status: 'posted', posted_at: sql`now()`, posted_by: postedBy })
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  await tables(executor)
    .updateTable('post_messages')
    .set({ status: 'printed', printed_at: sql`now()` })
    .where('print_batch_id', '=', id)
    .where('status', '=', 'queued')
    .execute();
  return true;
}
