import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { departmentMessage } from './department-message.ts';

/** A full message with attachments for export (MeMo): audited like any staff read. */
export async function messageForExport(deps: PostDependencies, actor: Principal, messageId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await departmentMessage(trx, actor, messageId);
    const mailbox = (await repository.findMailboxById(trx, row.mailbox_id))!;
    const attachments = await repository.listAttachmentsWithContent(trx, row.id);
    const owner =
      mailbox.owner_kind === 'person'
        ? await deps.identity.getPerson(mailbox.owner_id, trx)
        : await deps.identity.getBusiness(mailbox.owner_id, trx);
    await recordAudit(trx, {
      actor,
      action: 'post:export',
      ...(mailbox.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox.owner_id }),
      objectType: 'post-message',
      objectId: row.id,
      purpose: 'integration API: message exported as MeMo XML',
    });
    return {
      row,
      attachments,
      owner: {
        kind: mailbox.owner_kind,
        number: owner && 'cpr' in owner ? owner.cpr : owner && 'cvr' in owner ? owner.cvr : '',
        name: owner?.name ?? '',
      },
    };
  });
}
