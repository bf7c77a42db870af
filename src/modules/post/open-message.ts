import { withMemoDetails } from './memo-view.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { PostMessageRead } from './post.events.ts';
import * as repository from './post.repository.ts';
import type { MessagePresenter } from './message-presenter.ts';
import { findOwnMessage, ownerOf, partyOf } from './mailbox-owner.ts';
import type { MessageView, PostDependencies } from './post.types.ts';

/** Opens a message (marking what the municipality sent in its thread as read) and returns the whole thread. */
export async function openOwnMessage(
  deps: PostDependencies,
  presenter: MessagePresenter,
  principal: Principal,
  messageId: string,
): Promise<{ message: MessageView; thread: MessageView[] }> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findOwnMessage(trx, principal, messageId);
    const thread = (await repository.listThread(trx, row.thread_id)).filter(
      (message) =>
        message.mailbox_id === row.mailbox_id && !(message.deliver_after && message.deliver_after > new Date()),
    );
    const readAt = new Date();
    const firstRead = thread.filter((message) => message.direction === 'out' && !message.read_at);
    for (const message of firstRead) await repository.markRead(trx, message.id);
    await deps.events.publishMany(
      trx,
      PostMessageRead,
      firstRead.map((message) => ({
        messageId: message.id,
        ...partyOf(ownerOf(principal)),
        departmentCode: message.department_code,
        readAt: readAt.toISOString(),
      })),
    );
    const attachments = await repository.listAttachments(
      trx,
      thread.map((message) => message.id),
    );
    const views = await withMemoDetails(
      trx,
      await Promise.all(
        thread.map((message) => presenter.toView({ ...message, read_at: message.read_at ?? new Date() }, attachments)),
      ),
    );
    return { message: views.find((view) => view.id === row.id)!, thread: views };
  });
}
