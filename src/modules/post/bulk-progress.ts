import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { notFound } from '#platform/http/problem.ts';
import * as repository from './bulk-letters.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { mayManageBulkLetter } from './post.policy.ts';
import { isUuid } from './bulk-letter-id.ts';

export interface BulkProgress {
  id: string;
  subject: string;
  status: 'running' | 'done' | 'cancelled';
  total: number;
  sent: number;
  failed: number;
  pending: number;
  cancelled: number;
  createdAt: Date;
  finishedAt: Date | null;
  /** estimated from the pace so far; undefined until some recipients are done */
  secondsLeft?: number;
  failures: Array<{ recipient: string; error: string }>;
}

/** Shows a recipient to staff without the full CPR number. */
const maskedRecipient = (recipient: string) =>
  recipient.startsWith('cpr:') ? `CPR ${recipient.slice(4, 10)}-xxxx` : `CVR ${recipient.slice(4)}`;

/** How far a bulk letter has come: counts, an estimate of the time left and the first failures. */
export async function bulkProgress(deps: PostDependencies, actor: Principal, id: string): Promise<BulkProgress> {
  assertCan(actor, 'post:bulk');
  const bulk = isUuid(id) ? await repository.findBulkLetter(deps.db, id) : undefined;
  if (!bulk || !mayManageBulkLetter(actor, bulk)) throw notFound();
  const counts = await repository.recipientCounts(deps.db, id);
  const processed = counts.sent + counts.failed;
  let secondsLeft: number | undefined;
  if (bulk.status === 'running' && processed > 0) {
    const last = (await repository.lastProcessedAt(deps.db, id)) ?? new Date();
    const perRecipient = Math.max(1, last.getTime() - bulk.created_at.getTime()) / processed;
    secondsLeft = Math.ceil((perRecipient * counts.pending) / 1000);
  }
  const failures = (await repository.failedRecipients(deps.db, id, 50)).map((row) => ({
    recipient: maskedRecipient(row.recipient),
    error: row.error ?? '',
  }));
  return {
    id,
    subject: bulk.subject,
    status: bulk.status,
    total: bulk.total,
    ...counts,
    createdAt: bulk.created_at,
    finishedAt: bulk.finished_at,
    secondsLeft,
    failures,
  };
}

/** The latest bulk letters the actor may manage, with their progress. */
export async function listBulkLetters(deps: PostDependencies, actor: Principal): Promise<BulkProgress[]> {
  assertCan(actor, 'post:bulk');
  const rows = (await repository.listBulkLetters(deps.db, 100)).filter((row) => mayManageBulkLetter(actor, row));
  return Promise.all(rows.slice(0, 20).map((row) => bulkProgress(deps, actor, row.id)));
}
