import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { departmentMessage } from './department-message.ts';

/** A reply as the integration API returns it, its attachments in base64. */
export interface ReplyView {
  id: string;
  subject: string;
  body: string;
  receivedAt: Date;
  attachments: Array<{ id: string; filename: string; contentType: string; size: number; content: string }>;
}

/** The replies to a message (API): their content is personal data, so the read is audited. */
export async function repliesTo(deps: PostDependencies, actor: Principal, messageId: string): Promise<ReplyView[]> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await departmentMessage(trx, actor, messageId);
    const replies = await repository.listReplies(trx, row.id);
    if (replies.length) {
      const mailbox = await repository.findMailboxById(trx, row.mailbox_id);
      await recordAudit(trx, {
        actor,
        action: 'post:read',
        ...(mailbox?.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox?.owner_id }),
        objectType: 'post-message',
        objectId: row.id,
        purpose: 'integration API: replies to a sent message',
      });
    }
    const result = [];
    for (const reply of replies) {
      const attachments = await repository.listAttachmentsWithContent(trx, reply.id);
      result.push({
        id: reply.id,
        subject: reply.subject,
        body: reply.body,
        receivedAt: reply.created_at,
        attachments: attachments.map((file) => ({
          id: file.id,
          filename: file.filename,
          contentType: file.content_type,
          size: file.size,
          content: file.content.toString('base64'),
        })),
      });
    }
    return result;
  });
}
