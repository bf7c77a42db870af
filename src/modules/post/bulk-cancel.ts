import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import * as repository from './bulk-letters.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { mayManageBulkLetter } from './post.policy.ts';
import { isUuid } from './bulk-letter-id.ts';

/** Cancels a running bulk letter: recipients not yet sent are not sent; letters already sent stay delivered. */
export async function cancelBulkLetter(deps: PostDependencies, actor: Principal, id: string): Promise<void> {
  assertCan(actor, 'post:bulk');
  await deps.db.transaction().execute(async (trx) => {
    const bulk = isUuid(id) ? await repository.lockBulkLetter(trx, id) : undefined;
    if (!bulk || !mayManageBulkLetter(actor, bulk)) throw notFound();
    if (bulk.status !== 'running') throw new HttpProblem(409, 'error.409.text');
    await repository.cancelPending(trx, id);
    await repository.finishBulkLetter(trx, id, 'cancelled');
    await recordAudit(trx, {
      actor,
      action: 'post:bulk-cancel',
      objectType: 'post-bulk-letter',
      objectId: id,
      purpose: 'bulk letter cancelled',
    });
  });
}
