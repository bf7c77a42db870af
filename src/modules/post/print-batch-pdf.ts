import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { renderPrintBatchPdf } from './print/letter-pdf.ts';
import { printBatch } from './print-batch-lookup.ts';
import { printableLetters } from './printable-letters.ts';

/** The closed batch as one PDF of all its letters; reading the recipients' letters is audited. */
export async function printBatchPdf(deps: PostDependencies, actor: Principal, id: string): Promise<Buffer> {
  assertCan(actor, 'post:print');
  const batch = await printBatch(deps.db, id);
  if (batch.status === 'open') throw new HttpProblem(409, 'post.print.notClosed');
  return deps.db.transaction().execute(async (trx) => {
    const messages = await repository.listBatchMessages(trx, id);
    if (!messages.length) throw new HttpProblem(409, 'post.print.empty');
    const { letters, recipients } = await printableLetters(deps, trx, messages);
    await recordAudit(trx, {
      actor,
      action: 'post:print',
      objectType: 'post-print-batch',
      objectId: id,
      purpose: `print batch of ${messages.length} letters downloaded for printing`,
    });
    // and one row per letter, naming the person or business whose letter was read
    await recordAuditMany(
      trx,
      recipients.map((recipient) => ({ actor, action: 'post:print', ...recipient, purpose: `print batch ${id}` })),
    );
    return renderPrintBatchPdf(letters);
  });
}
