import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { PostMessageDelivered } from './post.events.ts';
import { printBatch } from './print-batch-lookup.ts';

/** Staff mark a closed batch posted: its letters become "printed" and each is published as delivered by print. */
export async function markBatchPosted(deps: PostDependencies, actor: Principal, id: string): Promise<void> {
  assertCan(actor, 'post:print');
  await printBatch(deps.db, id);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repository.markBatchPosted(trx, id, `${actor.kind}:${actor.id}`)))
      throw new HttpProblem(409, 'post.print.notClosed');
    const printed = await repository.printedLettersOfBatch(trx, id);
    await deps.events.publishMany(
      trx,
      PostMessageDelivered,
      printed.map((letter) => ({
        messageId: letter.id,
        ...(letter.owner_kind === 'person' ? { personId: letter.owner_id } : { businessId: letter.owner_id }),
        departmentCode: letter.department_code,
        channel: 'print' as const,
        deliveredAt: (letter.printed_at ?? new Date()).toISOString(),
      })),
    );
    await recordAudit(trx, {
      actor,
      action: 'post:posted',
      objectType: 'post-print-batch',
      objectId: id,
      purpose: 'print batch marked as posted',
    });
  });
}
