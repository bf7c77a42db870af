import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './delivery.repository.ts';
import { mayManageReminder } from './notify.policy.ts';

/** NotifyContract.cancelReminder: idempotent for a reminder already cancelled; refused (409) once it was sent. */
export async function cancelReminder(db: Database, executor: Executor, actor: Principal, id: string): Promise<void> {
  assertCan(actor, 'notify:remind');
  const work = async (trx: Executor) => {
    const row = await repository.findReminder(trx, id, { lock: true });
    if (!row || !mayManageReminder(actor, row)) throw new HttpProblem(404, 'notify.reminder.notFound');
    if (row.status === 'cancelled') return;
    if (row.status === 'sent') throw new HttpProblem(409, 'notify.reminder.alreadySent');
    await repository.cancelReminder(trx, id);
    await repository.cancelQueuedNotifications(trx, 'reminder', id);
    await recordAudit(trx, {
      actor,
      action: 'reminder:cancel',
      personId: row.recipient_kind === 'citizen' ? row.recipient_id : null,
      businessId: row.recipient_kind === 'business' ? row.recipient_id : null,
      objectType: 'reminder',
      objectId: id,
      purpose: 'appointment cancelled',
    });
  };
  await (executor.isTransaction ? work(executor) : db.transaction().execute(work));
}
