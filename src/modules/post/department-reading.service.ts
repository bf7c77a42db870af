import { withMemoDetails } from './memo-view.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { ForbiddenError } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import type { MessagePresenter } from './message-presenter.ts';
import type { DepartmentMessageView, MessageView, PostDependencies } from './post.types.ts';
import { departmentAttachment, departmentMessage } from './department-message.ts';
import { ownerNames } from './mailbox-owner-names.ts';

/** Reads a message and its thread as staff: audited with the person or business it concerns; a received message is marked read by the department. */
export async function readMessage(
  deps: PostDependencies,
  presenter: MessagePresenter,
  actor: Principal,
  messageId: string,
): Promise<DepartmentMessageView> {
  if (actor.kind !== 'staff') throw new ForbiddenError('post:read-department');
  return deps.db.transaction().execute(async (trx) => {
    const row = await departmentMessage(trx, actor, messageId);
    const names = await ownerNames(deps, trx, [row.mailbox_id]);
    const owner = names.get(row.mailbox_id)!;
    const thread = await repository.listThread(trx, row.thread_id);
    for (const message of thread)
      if (message.direction === 'in' && !message.read_at) await repository.markRead(trx, message.id);
    await recordAudit(trx, {
      actor,
      action: 'post:read',
      ...(owner.owner.kind === 'person' ? { personId: owner.owner.id } : { businessId: owner.owner.id }),
      objectType: 'post-message',
      objectId: row.id,
      purpose:
        row.direction === 'in'
          ? 'department mailbox: reading a reply or message from the citizen'
          : 'department mailbox: reading sent post',
    });
    const attachments = await repository.listAttachments(
      trx,
      thread.map((message) => message.id),
    );
    const views: MessageView[] = await withMemoDetails(
      trx,
      await Promise.all(thread.map((message) => presenter.toView(message, attachments, 'department'))),
    );
    return { ...views.find((view) => view.id === row.id)!, recipientName: owner.name, thread: views };
  });
}

/** An attachment of a department message, opened by staff or an API client: audited with whom it concerns. */
export async function readAttachment(
  deps: PostDependencies,
  actor: Principal,
  messageId: string,
  attachmentId: string,
): Promise<repository.AttachmentRow> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await departmentMessage(trx, actor, messageId);
    const attachment = await departmentAttachment(trx, row.id, attachmentId);
    const mailbox = await repository.findMailboxById(trx, row.mailbox_id);
    await recordAudit(trx, {
      actor,
      action: 'post:read-attachment',
      ...(mailbox?.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox?.owner_id }),
      objectType: 'post-attachment',
      objectId: attachment.id,
      purpose: 'department mailbox: attachment opened',
    });
    return attachment;
  });
}
