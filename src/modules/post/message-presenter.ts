import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type * as repository from './post.repository.ts';
import type { MessageStatusView, MessageSummary, MessageView } from './post.types.ts';

/** Messages as the owner's mailbox and the department mailbox show them (never a database row). */
export class MessagePresenter {
  constructor(private readonly identity: Pick<IdentityContract, 'department'>) {}

  async toSummary(row: repository.MessageListRow): Promise<MessageSummary> {
    const department = await this.identity.department(row.department_id);
    return {
      id: row.id,
      direction: row.direction,
      subject: row.subject,
      departmentCode: row.department_code,
      departmentName: department?.name ?? { da: row.department_code, en: row.department_code },
      senderName: row.sender_name,
      status: row.status,
      createdAt: row.created_at,
      unread: row.direction === 'out' && row.read_at === null,
      caseId: row.case_id,
    };
  }

  async toView(
    row: repository.MessageRow,
    attachments: Array<Pick<repository.AttachmentRow, 'id' | 'message_id' | 'filename' | 'content_type' | 'size'>>,
    folderSide: 'owner' | 'department' = 'owner',
  ): Promise<MessageView> {
    return {
      ...(await this.toSummary(row)),
      body: row.body,
      replyAllowed: row.reply_allowed,
      folder: folderSide === 'owner' ? row.owner_folder : row.department_folder,
      threadId: row.thread_id,
      inReplyTo: row.in_reply_to,
      delivery: row.delivery,
      attachments: attachments
        .filter((attachment) => attachment.message_id === row.id)
        .map((attachment) => ({
          id: attachment.id,
          filename: attachment.filename,
          contentType: attachment.content_type,
          size: attachment.size,
        })),
    };
  }

  toStatus(row: repository.MessageRow): MessageStatusView {
    return {
      id: row.id,
      status: row.status,
      delivery: row.delivery,
      createdAt: row.created_at,
      deliveredAt: row.delivered_at,
      readAt: row.read_at,
      notifiedAt: row.notified_at,
      printedAt: row.printed_at,
    };
  }
}
