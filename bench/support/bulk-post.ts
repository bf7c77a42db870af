import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { subscriptionQueue } from '#platform/events/subscription.ts';

/** The queue that carries a sent letter to the notify module (one of the event's subscribers). */
const NOTIFY_QUEUE = subscriptionQueue('notify', PostMessageSent.name);
import { secondsSince } from './bench-app.ts';
import { beforeEachQuery } from './query-counter.ts';

export const BULK_SUBJECT = 'Vigtig information om affaldsordningen';
export const BULK_BODY =
  'Kære {{name}}\n\nFra 1. januar 2027 hentes dit affald hver anden uge. Læs mere på kommunens hjemmeside.\n\nVenlig hilsen\nTeknik og Miljø';

/** pg-boss's schema beside the application's (see createJobQueue). */
export const queueSchema = (raadhus: Raadhus) =>
  `${raadhus.database.schema === 'public' ? 'raadhus' : raadhus.database.schema}_queue`;

export interface Rate {
  messages: number;
  seconds: number;
  perSecond: number;
}
/** Seconds to two decimals, the rate from the unrounded time. */
const rateOver = (messages: number, seconds: number): Rate => ({
  messages,
  seconds: Math.round(seconds * 100) / 100,
  perSecond: Math.round(messages / Math.max(seconds, 0.001)),
});
const rateSince = (messages: number, started: number): Rate => rateOver(messages, (performance.now() - started) / 1000);

/**
 * The ceiling: the same message rows (one per generated citizen with a mailbox, merge field filled,
 * delivered digitally) and the same `post.message-sent` delivery rows on notify's queue (pg-boss's columns and the queue's
 * settings, as its insert computes them) written by two set-based `insert … select` statements in one
 * transaction — then rolled back, so the table the bulk path writes to stays as it was.
 */
export async function measureCeiling(
  raadhus: Raadhus,
  actor: Principal,
  department: { id: string; code: string },
  bulkId: string,
): Promise<Rate & { jobs: number }> {
  const queue = queueSchema(raadhus);
  const started = performance.now();
  let counts = { messages: 0, jobs: 0 };
  await raadhus.database.db
    .transaction()
    .execute(async (trx) => {
      await sql
        .raw(`create temporary table bench_ceiling on commit drop as
          select gen_random_uuid() as id, m.id as mailbox_id, p.id as person_id, p.name
          from people p join post_mailboxes m on m.owner_kind = 'person' and m.owner_id = p.id
          where p.is_test and p.name like 'Benchperson %'`)
        .execute(trx);
      const messages = await sql`
        insert into post_messages (id, mailbox_id, direction, department_id, department_code, sender_kind, sender_id, sender_name, subject, body,
          reply_allowed, thread_id, delivery, status, owner_folder, department_folder, bulk_id, delivered_at)
        select id, mailbox_id, 'out', ${department.id}::uuid, ${department.code}, ${actor.kind}, ${actor.id}, ${actor.name}, ${BULK_SUBJECT}, replace(${BULK_BODY}, '{{name}}', name),
          false, id, 'digital', 'delivered', 'inbox', 'sent', ${bulkId}::uuid, now()
        from bench_ceiling`.execute(trx);
      const jobs = await sql`
        insert into ${sql.table(`${queue}.job`)} (name, data, retry_limit, retry_delay, retry_backoff, retry_delay_max, expire_seconds, deletion_seconds, keep_until, policy, dead_letter)
        select q.name, jsonb_build_object('id', gen_random_uuid(), 'event', ${PostMessageSent.name}::text, 'version', ${PostMessageSent.version}::int,
            'occurredAt', now(), 'payload', jsonb_build_object('messageId', c.id, 'personId', c.person_id,
            'departmentCode', ${department.code}::text, 'channel', 'digital', 'bulkId', ${bulkId}::text, 'sentAt', now())),
          q.retry_limit, q.retry_delay, q.retry_backoff, q.retry_delay_max, q.expire_seconds, q.deletion_seconds, now() + q.retention_seconds * interval '1 second', q.policy, q.dead_letter
        from bench_ceiling c cross join ${sql.table(`${queue}.queue`)} q where q.name = ${NOTIFY_QUEUE}`.execute(trx);
      counts = { messages: Number(messages.numAffectedRows ?? 0), jobs: Number(jobs.numAffectedRows ?? 0) };
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { ...rateSince(counts.messages, started), jobs: counts.jobs };
}
class Rollback extends Error {}

export interface BulkRun extends Rate {
  total: number;
  status: string;
  failed: number;
  /** `post.message-sent` deliveries on notify's queue after the run */
  jobs: number;
  /** whether the time budget ended the run (the rest of the letter was cancelled) */
  stoppedEarly: boolean;
}

/**
 * The production path: the bulk-letter service creates the letter to everyone (every test citizen),
 * its chunk job runs on the queue's workers, and the staff progress read is polled as the progress page
 * does. With `budgetSeconds` > 0 the letter is cancelled when the time is up and the rate is the pace so far.
 */
export async function runBulkLetter(
  raadhus: Raadhus,
  actor: Principal,
  budgetSeconds: number,
  onProgress: (line: string) => void,
): Promise<BulkRun> {
  const bulk = raadhus.services.post.bulk;
  const started = performance.now();
  const startedAt = Date.now();
  const created = await bulk.create(actor, {
    subject: BULK_SUBJECT,
    body: BULK_BODY,
    replyAllowed: false,
    source: 'everyone',
  });
  onProgress(`bulk letter to ${created.total.toLocaleString('en')} recipients created in ${secondsSince(started)} s`);
  let progress = await bulk.progress(actor, created.id);
  let stoppedEarly = false;
  // On PGlite the database runs in this thread and the letter's job chains its statements without the event
  // loop ever reaching its timers (a finding: the whole process, HTTP included, waits for the letter), so
  // the time budget is checked before each statement rather than by a timer.
  let cancelling: Promise<void> | undefined;
  const stopWatching = beforeEachQuery(() => {
    if (budgetSeconds > 0 && !cancelling && secondsSince(started) >= budgetSeconds) {
      stoppedEarly = true;
      cancelling = cancelRetryingDeadlock(() => bulk.cancel(actor, created.id)).catch((error: unknown) => {
        if ((error as { statusCode?: number }).statusCode !== 409) throw error; // finished meanwhile
      });
    }
  });
  let lastLine = performance.now();
  while (progress.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    progress = await bulk.progress(actor, created.id);
    if (performance.now() - lastLine < 10_000 && progress.status === 'running') continue;
    lastLine = performance.now();
    onProgress(
      `  ${progress.sent.toLocaleString('en')} sent, ${progress.pending.toLocaleString('en')} pending (${secondsSince(started)} s, ${Math.round(progress.sent / secondsSince(started))} messages/s)`,
    );
    if (cancelling) {
      await cancelling;
      break;
    }
  }
  stopWatching();
  progress = await bulk.progress(actor, created.id);
  // a finished letter's time is its finished_at (the same machine's clock), not the moment the poll saw it
  const pace =
    !stoppedEarly && progress.finishedAt
      ? rateOver(progress.sent, (progress.finishedAt.getTime() - startedAt) / 1000)
      : rateSince(progress.sent, started);
  // the letter's own events (the demo data's letters have theirs too)
  const { rows } = await sql<{
    count: number;
  }>`select count(*)::int as count from ${sql.table(`${queueSchema(raadhus)}.job`)} j
    where j.name = ${NOTIFY_QUEUE} and (j.data->'payload'->>'messageId')::uuid in (select id from post_messages where bulk_id = ${created.id}::uuid)`.execute(
    raadhus.database.db,
  );
  return {
    ...pace,
    total: created.total,
    status: progress.status,
    failed: progress.failed,
    jobs: rows[0].count,
    stoppedEarly,
  };
}

/**
 * Cancelling while a chunk is sending can deadlock (a finding reported to the post module: cancel locks
 * the letter FOR UPDATE, which conflicts with the FOR KEY SHARE the message insert's foreign key takes,
 * while it waits for the recipient row that insert's transaction holds). PostgreSQL aborts one side; a
 * cancel that lost is tried again.
 */
async function cancelRetryingDeadlock(cancel: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cancel();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt === 5) throw error;
      console.log(`  cancel hit a deadlock with the chunk in flight (attempt ${attempt}); trying again`);
    }
  }
}
