import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import * as repository from './bulk-letters.repository.ts';
import { recipientsFromCsv, type BulkRecipient } from './bulk-recipients.ts';
import { deliverLetters } from './delivery.ts';
import { fillMergeFields } from './merge-fields.ts';
import { checkText, throwIfProblems, type FieldProblem } from './post-input.ts';
import type { PostDependencies } from './post.types.ts';
import { bulkChunkJob } from './bulk-letters.jobs.ts';
import { mayManageBulkLetter, maySendForDepartment } from './post.policy.ts';

/** Recipients sent per job run, in one transaction: a few hundred keep the statements and commits per message low. */
export const BULK_CHUNK_SIZE = 1000;
export const BULK_WORKERS = 2;
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export interface BulkLetterInput {
  subject: string;
  body: string;
  replyAllowed: boolean;
  departmentId?: string | null;
  source: 'csv' | 'everyone';
  csv?: string;
}

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

/**
 * Bulk letters: one letter to many recipients as a background job in chunks. Every recipient is a row
 * (unique per bulk letter); a recipient's message and the mark that it was sent commit in one
 * transaction, so a run that dies at any point resumes without anyone getting a second copy.
 */
export class BulkLetterService {
  constructor(private readonly deps: PostDependencies) {}

  private get db() {
    return this.deps.db;
  }

  async create(actor: Principal, input: BulkLetterInput): Promise<{ id: string; total: number }> {
    assertCan(actor, 'post:bulk');
    const problems: FieldProblem[] = [];
    const text = checkText(input, problems);
    let recipients: BulkRecipient[] = [];
    if (input.source === 'everyone') {
      recipients = (await this.deps.identity.allCitizenCprs()).map((cpr) => ({
        recipient: `cpr:${cpr}`,
        fields: {},
      }));
    } else if (!input.csv?.trim()) problems.push({ field: 'csv', key: 'post.bulk.csvMissing' });
    else recipients = recipientsFromCsv(input.csv, [text.subject, text.body], problems);
    throwIfProblems(problems);
    const department = input.departmentId
      ? await this.deps.identity.department(input.departmentId)
      : await this.deps.identity.department(actor.departmentId);
    if (!maySendForDepartment(actor, department?.id)) throw new HttpProblem(403, 'post.api.otherDepartment');
    return this.db.transaction().execute(async (trx) => {
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
        await this.deps.queue.enqueue(trx, bulkChunkJob, { bulkId: bulk.id });
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

  /**
   * Sends up to `limit` pending recipients in ONE transaction, set-based (a handful of statements for the
   * whole chunk, one commit), then enqueues the next chunk (or marks the letter done). The chunk's messages
   * and the marks that they were sent commit together, so a crash resends nobody. `interruptAfterInsert`
   * is a test seam: it throws inside the chunk's transaction after the messages are written, as a crash would.
   */
  async runChunk(
    bulkId: string,
    options: { limit?: number; continue?: boolean; interruptAfterInsert?: (sentInThisRun: number) => boolean } = {},
  ): Promise<{ sent: number; remaining: number }> {
    const limit = options.limit ?? BULK_CHUNK_SIZE;
    const { sent, taken } = await this.sendChunk(
      bulkId,
      limit,
      (count) => options.interruptAfterInsert?.(count) ?? false,
    );
    return this.db.transaction().execute(async (trx) => {
      const bulk = await repository.lockBulkLetter(trx, bulkId);
      // only the pending count (the state index), not every state's: this runs after every chunk
      const pending = await repository.pendingCount(trx, bulkId);
      if (bulk?.status === 'running' && pending === 0) await repository.finishBulkLetter(trx, bulkId, 'done');
      // nothing taken while some are pending: another chunk job holds them and carries on itself
      else if (bulk?.status === 'running' && taken > 0 && (options.continue ?? true))
        await this.deps.queue.enqueue(trx, bulkChunkJob, { bulkId });
      return { sent, remaining: pending };
    });
  }

  private async sendChunk(
    bulkId: string,
    limit: number,
    interrupt: (sent: number) => boolean,
  ): Promise<{ sent: number; taken: number }> {
    return this.db.transaction().execute(async (trx) => {
      const bulk = await repository.findBulkLetter(trx, bulkId);
      if (bulk?.status !== 'running') return { sent: 0, taken: 0 };
      const rows = await repository.lockPendingBatch(trx, bulkId, limit);
      if (!rows.length) return { sent: 0, taken: 0 };
      const numbers = (kind: 'cpr' | 'cvr') =>
        rows.filter((row) => row.recipient.startsWith(`${kind}:`)).map((row) => row.recipient.slice(4));
      const people = new Map(
        (await this.deps.identity.findPeopleByCprs(numbers('cpr'), trx)).map((person) => [
          `cpr:${person.cpr}`,
          { owner: { kind: 'person' as const, id: person.id }, name: person.name },
        ]),
      );
      const businesses = new Map(
        (await this.deps.identity.findBusinessesByCvrs(numbers('cvr'), trx)).map((business) => [
          `cvr:${business.cvr}`,
          { owner: { kind: 'business' as const, id: business.id }, name: business.name },
        ]),
      );
      const department =
        (await this.deps.identity.department(bulk.department_id)) ?? (await this.deps.identity.defaultDepartment());
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
        this.deps.events,
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

  /** Bulk letters left running by a process that stopped: their next chunk is enqueued again (sending stays once per recipient). */
  async resumeRunning(): Promise<number> {
    const running = await repository.runningBulkLetters(this.db);
    for (const bulk of running)
      await this.db.transaction().execute((trx) => this.deps.queue.enqueue(trx, bulkChunkJob, { bulkId: bulk.id }));
    return running.length;
  }

  async cancel(actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'post:bulk');
    await this.db.transaction().execute(async (trx) => {
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

  async progress(actor: Principal, id: string): Promise<BulkProgress> {
    assertCan(actor, 'post:bulk');
    const bulk = isUuid(id) ? await repository.findBulkLetter(this.db, id) : undefined;
    if (!bulk || !mayManageBulkLetter(actor, bulk)) throw notFound();
    const counts = await repository.recipientCounts(this.db, id);
    const processed = counts.sent + counts.failed;
    let secondsLeft: number | undefined;
    if (bulk.status === 'running' && processed > 0) {
      const last = (await repository.lastProcessedAt(this.db, id)) ?? new Date();
      const perRecipient = Math.max(1, last.getTime() - bulk.created_at.getTime()) / processed;
      secondsLeft = Math.ceil((perRecipient * counts.pending) / 1000);
    }
    const failures = (await repository.failedRecipients(this.db, id, 50)).map((row) => ({
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

  async list(actor: Principal): Promise<BulkProgress[]> {
    assertCan(actor, 'post:bulk');
    const rows = (await repository.listBulkLetters(this.db, 100)).filter((row) => mayManageBulkLetter(actor, row));
    return Promise.all(rows.slice(0, 20).map((row) => this.progress(actor, row.id)));
  }
}
