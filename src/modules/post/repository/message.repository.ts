import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables, type Folder, type MessageTable } from './post.tables.ts';
import { notHeld } from './message-list.repository.ts';

// Messages: writing them, finding one, its thread and replies, and the changes of status and folder.

export const insertMessage = (
  executor: Executor,
  message: Omit<
    MessageTable,
    'id' | 'created_at' | 'read_at' | 'notified_at' | 'notified_channel' | 'printed_at' | 'deliver_after'
  > & {
    id?: string;
    deliver_after?: Date | null;
  },
) => tables(executor).insertInto('post_messages').values(message).returningAll().executeTakeFirstOrThrow();

/** Many messages in one statement per 500 (bulk letters), returned in the order given. */
export async function insertMessages(
  executor: Executor,
  messages: Array<
    Omit<
      MessageTable,
      'id' | 'created_at' | 'read_at' | 'notified_at' | 'notified_channel' | 'printed_at' | 'deliver_after'
    > & {
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

export const findMessage = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_messages').selectAll().where('id', '=', id).executeTakeFirst();

/** A message only if it lies in the given mailbox: the one query a citizen's or business's read goes through. */
export const findMessageInMailbox = (executor: Executor, mailboxId: string, id: string) =>
  tables(executor)
    .selectFrom('post_messages')
    .selectAll()
    .where('id', '=', id)
    .where('mailbox_id', '=', mailboxId)
    .where(notHeld)
    .executeTakeFirst();

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
