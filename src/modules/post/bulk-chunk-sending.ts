import type { Principal } from '#platform/auth/principal.ts';
import * as repository from './bulk-letters.repository.ts';
import { deliverLetters } from './bulk-delivery.ts';
import { fillMergeFields } from './merge-fields.ts';
import type { PostDependencies } from './post.types.ts';

/**
 * Sends up to `limit` pending recipients of a running bulk letter in ONE transaction, set-based: their owners
 * are resolved in two queries, the letters written together and marked sent; unknown recipients are marked failed.
 * `interrupt` is a test seam that throws after the messages are written, as a crash would.
 */
export async function sendChunk(
  deps: PostDependencies,
  bulkId: string,
  limit: number,
  interrupt: (sent: number) => boolean,
): Promise<{ sent: number; taken: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const bulk = await repository.findBulkLetter(trx, bulkId);
    if (bulk?.status !== 'running') return { sent: 0, taken: 0 };
    const rows = await repository.lockPendingBatch(trx, bulkId, limit);
    if (!rows.length) return { sent: 0, taken: 0 };
    const numbers = (kind: 'cpr' | 'cvr') =>
      rows.filter((row) => row.recipient.startsWith(`${kind}:`)).map((row) => row.recipient.slice(4));
    const people = new Map(
      (await deps.identity.findPeopleByCprs(numbers('cpr'), trx)).map((person) => [
        `cpr:${person.cpr}`,
        { owner: { kind: 'person' as const, id: person.id }, name: person.name },
      ]),
    );
    const businesses = new Map(
      (await deps.identity.findBusinessesByCvrs(numbers('cvr'), trx)).map((business) => [
        `cvr:${business.cvr}`,
        { owner: { kind: 'business' as const, id: business.id }, name: business.name },
      ]),
    );
    const department =
      (await deps.identity.department(bulk.department_id)) ?? (await deps.identity.defaultDepartment());
    const actor: Principal = {
      kind: bulk.created_by_kind as Principal['kind'],
      id: bulk.created_by_id,
      name: bulk.created_by_name,
      roles: [],
    };
    const found = rows.flatMap((row) => {
      const recipient = people.get(row.recipient) ?? businesses.get(row.recipient);
      return recipient ? [{ row, ...recipient }] : [];
    });
    const messages = await deliverLetters(
      trx,
      deps.events,
      actor,
      found.map(({ row, owner, name }) => {
        const values = { ...row.fields, name };
        return {
          owner,
          department,
          subject: fillMergeFields(bulk.subject, values).slice(0, 200),
          body: fillMergeFields(bulk.body, values),
          replyAllowed: bulk.reply_allowed,
          bulkId,
        };
      }),
    );
    if (interrupt(0)) throw new Error('interrupted (test)');
    await repository.markRecipientsSent(
      trx,
      found.map(({ row }, index) => ({ id: row.id, messageId: messages[index].id })),
    );
    const unknown = rows
      .filter((row) => !people.has(row.recipient) && !businesses.has(row.recipient))
      .map((row) => row.id);
    await repository.markRecipientsFailed(trx, unknown, 'post.validation.unknownRecipient');
    return { sent: messages.length, taken: rows.length };
  });
}
