import type { Executor } from '#platform/db/database.ts';
import { tables } from './post.tables.ts';

// Attachments of messages.

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
