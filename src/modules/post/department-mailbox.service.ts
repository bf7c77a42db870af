import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import * as repository from './post.repository.ts';
import type { MessagePresenter } from './message-presenter.ts';
import type { DepartmentMessageSummary, PostDependencies } from './post.types.ts';
import { departmentOf } from './department-message.ts';
import { ownerNames } from './mailbox-owner-names.ts';

/** The department's sent post, or what it received (replies and new messages). The overview names recipients, so it is audited. */
export async function departmentMailbox(
  deps: PostDependencies,
  presenter: MessagePresenter,
  actor: Principal,
  options: { direction: 'in' | 'out'; page: number },
): Promise<{ messages: DepartmentMessageSummary[]; hasNext: boolean; departmentName: { da: string; en: string } }> {
  assertCan(actor, 'post:read-department');
  const departmentId = departmentOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repository.listDepartmentMessages(trx, departmentId, {
      direction: options.direction,
      limit: 26,
      offset: (options.page - 1) * 25,
    });
    const names = await ownerNames(
      deps,
      trx,
      rows.map((row) => row.mailbox_id),
    );
    await recordAudit(trx, {
      actor,
      action: 'post:department-mailbox',
      objectType: 'post-department',
      objectId: departmentId,
      purpose: options.direction === 'in' ? 'department mailbox: received messages' : 'department mailbox: sent post',
    });
    const messages = await Promise.all(
      rows.slice(0, 25).map(async (row) => ({
        ...(await presenter.toSummary(row)),
        recipientName: names.get(row.mailbox_id)?.name ?? '',
      })),
    );
    const department = await deps.identity.department(departmentId);
    return { messages, hasNext: rows.length > 25, departmentName: department?.name ?? { da: '', en: '' } };
  });
}
