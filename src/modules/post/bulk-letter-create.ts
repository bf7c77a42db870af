import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './bulk-letters.repository.ts';
import { recipientsFromCsv, type BulkRecipient } from './bulk-recipients.ts';
import { checkText, throwIfProblems, type FieldProblem } from './post-input.ts';
import type { PostDependencies } from './post.types.ts';
import { bulkChunkJob } from './bulk-letters.jobs.ts';
import { maySendForDepartment } from './post.policy.ts';

/** Chunk jobs per bulk letter: they take turns, one resolving and writing while the other commits. */
export const BULK_WORKERS = 2;

export interface BulkLetterInput {
  subject: string;
  body: string;
  replyAllowed: boolean;
  departmentId?: string | null;
  source: 'csv' | 'everyone';
  csv?: string;
}

/** Creates a bulk letter with one row per recipient (from a CSV file or every citizen) and starts its chunk jobs. */
export async function createBulkLetter(
  deps: PostDependencies,
  actor: Principal,
  input: BulkLetterInput,
): Promise<{ id: string; total: number }> {
  assertCan(actor, 'post:bulk');
  const problems: FieldProblem[] = [];
  const text = checkText(input, problems);
  let recipients: BulkRecipient[] = [];
  if (input.source === 'everyone') {
    recipients = (await deps.identity.allCitizenCprs()).map((cpr) => ({
      recipient: `cpr:${cpr}`,
      fields: {},
    }));
  } else if (!input.csv?.trim()) problems.push({ field: 'csv', key: 'post.bulk.csvMissing' });
  else recipients = recipientsFromCsv(input.csv, [text.subject, text.body], problems);
  throwIfProblems(problems);
  const department = input.departmentId
    ? await deps.identity.department(input.departmentId)
    : await deps.identity.department(actor.departmentId);
  if (!maySendForDepartment(actor, department?.id)) throw new HttpProblem(403, 'post.api.otherDepartment');
  return deps.db.transaction().execute(async (trx) => {
    const bulk = await repository.insertBulkLetter(trx, {
      department_id: department?.id ?? null,
      subject: text.subject,
      body: text.body,
      reply_allowed: input.replyAllowed,
      total: recipients.length,
      created_by_kind: actor.kind,
      created_by_id: actor.id,
      created_by_name: actor.name,
    });
    await repository.insertRecipients(trx, bulk.id, recipients);
    // two chunk jobs take turns (SKIP LOCKED keeps their recipients apart): one resolves and writes while the other commits
    for (let worker = 0; worker < BULK_WORKERS; worker++)
      await deps.queue.enqueue(trx, bulkChunkJob, { bulkId: bulk.id });
    await recordAudit(trx, {
      actor,
      action: 'post:bulk-create',
      objectType: 'post-bulk-letter',
      objectId: bulk.id,
      purpose: `bulk letter to ${recipients.length} recipients`,
    });
    return { id: bulk.id, total: recipients.length };
  });
}
