import type { Executor } from '#platform/db/database.ts';
import * as repository from './post.repository.ts';
import type { MailboxOwner } from './post.types.ts';
import { isUuid } from './mailbox-owner.ts';

/**
 * The thread a letter joins when it answers earlier messages (MeMo ReplyData): the last of them that lies in
 * the recipient's own mailbox. Messages in anyone else's mailbox are never joined; none found: a new thread.
 */
export async function threadAnswered(
  executor: Executor,
  owner: MailboxOwner,
  messageIds: string[],
): Promise<{ threadId?: string; inReplyTo?: string }> {
  const candidates = messageIds.filter(isUuid);
  if (candidates.length === 0) return {};
  const mailbox = await repository.findMailbox(executor, owner.kind, owner.id);
  if (!mailbox) return {};
  for (const id of [...candidates].reverse()) {
    const message = await repository.findMessageInMailbox(executor, mailbox.id, id);
    if (message) return { threadId: message.thread_id, inReplyTo: message.id };
  }
  return {};
}
