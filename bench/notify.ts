import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import { startTestApp } from '#test-support/test-app.ts';
import { startFakeSmsGateway } from '#modules/notify/test-support/fake-sms-gateway.ts';
import { startSmtpSink } from '#modules/notify/test-support/smtp-sink.ts';

/**
 * Notification throughput: BENCH_NOTIFICATIONS (default 10,000) notifications, half SMS to a local HTTP
 * server speaking the gateway's contract and half e-mail to a local SMTP server (smtp-server), each through
 * the real dispatch job (rate-limit slot, claim, send, status). Next to it, in the same run on the same
 * database and queue, the raw pg-boss throughput of as many trivial jobs (bulk send + work with the same
 * worker settings) and of pg-boss sending and fetching in batches (the ceiling), and the ratios.
 * Database: PGlite unless DATABASE_URL is set.
 */
const count = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const API_KEY = 'bench-key';

const gateway = await startFakeSmsGateway(API_KEY);
const smtp = await startSmtpSink();
const app = await startTestApp({
  SMTP_URL: smtp.url,
  SMS_PROVIDER_URL: gateway.url,
  SMS_API_KEY: API_KEY,
  NOTIFY_RATE_LIMIT_PER_MINUTE: '100000000',
  DEMO_DATA: 'false',
});
const { raadhus } = app;
const db = raadhus.database.db;
const boss = raadhus.queue.boss;

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function rawPgBoss(): Promise<number> {
  const queue = 'bench.trivial';
  await boss.createQueue(queue, {});
  let done = 0;
  // the dispatch job's worker settings (notify.jobs.ts), with a trivial handler
  await boss.work(
    queue,
    { localConcurrency: 8, batchSize: 2, pollingIntervalSeconds: 2, burstWhenBatchFull: true },
    async (jobs) => {
      done += jobs.length;
    },
  );
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 1000) {
    await boss.insert(
      queue,
      Array.from({ length: Math.min(1000, count - offset) }, (_, index) => ({ data: { n: offset + index } })),
    );
  }
  await waitUntil(async () => done >= count);
  const seconds = (performance.now() - started) / 1000;
  await boss.offWork(queue);
  return count / seconds;
}

/**
 * The real ceiling of a queue: pg-boss sending in batches of 1,000 and fetching and completing in batches of 500,
 * one statement per batch each way, with nothing else to do.
 */
async function rawPgBossBatches(): Promise<number> {
  const queue = 'bench.batches';
  await boss.createQueue(queue, {});
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 1000) {
    await boss.insert(
      queue,
      Array.from({ length: Math.min(1000, count - offset) }, (_, index) => ({ data: { n: offset + index } })),
    );
  }
  for (let done = 0; done < count; ) {
    const jobs = await boss.fetch(queue, { batchSize: 500 });
    if (jobs.length)
      await boss.complete(
        queue,
        jobs.map((job) => job.id),
      );
    done += jobs.length;
  }
  return count / ((performance.now() - started) / 1000);
}

async function notifications(): Promise<{ perSecond: number; sms: number; email: number }> {
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - offset) }, (_, index) => {
      const n = offset + index;
      const channel = n % 2 === 0 ? ('sms' as const) : ('email' as const);
      return {
        kind: 'bench' as const,
        source_id: `bench-${n}`,
        channel,
        contact_point_id: null,
        owner_kind: null,
        owner_id: null,
        authority_code: ['ydelser', 'teknik', 'byg', 'borgerservice', 'it'][n % 5],
        // numbers end in 1: the local gateway fails numbers ending in 500, 503, 400 and 408 on purpose
        recipient: channel === 'sms' ? `+452${String(100_000 + n).slice(-6)}1` : `bench${n}@example.dk`,
        subject: 'Ny digital post',
        text: 'Du har fået ny digital post. Læs den på https://raadhus.example/post',
        provider_id: null,
        last_error: null,
        claimed_at: null,
        next_attempt_at: null,
        sent_at: null,
        delivered_at: null,
        failed_at: null,
      };
    });
    await db.transaction().execute((trx) => raadhus.services.notify.delivery.enqueue(trx, rows));
  }
  await waitUntil(async () => {
    const { rows } = await sql<{
      open: number;
    }>`select count(*)::int as open from notify_notifications where kind = 'bench' and status not in ('sent', 'delivered', 'failed', 'dead')`.execute(
      db,
    );
    return rows[0].open === 0;
  });
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await sql<{
    status: string;
    count: number;
  }>`select status, count(*)::int as count from notify_notifications where kind = 'bench' group by status`.execute(db);
  const sent = rows.find((row) => row.status === 'sent')?.count ?? 0;
  if (sent !== count) console.log('not all sent:', rows);
  return { perSecond: count / seconds, sms: gateway.requests.length, email: smtp.mails.length };
}

try {
  const load = loadavg()[0];
  const baseline = await rawPgBoss();
  const batches = await rawPgBossBatches();
  const result = await notifications();
  console.log(
    `notify benchmark: ${count.toLocaleString('en')} notifications (half SMS, half e-mail), database ${raadhus.database.embedded ? 'PGlite' : 'PostgreSQL'}, load (1 min) ${load.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after, ${availableParallelism()} cores`,
  );
  const share = (perSecond: number, of: number) => `${((perSecond / of) * 100).toFixed(1)} %`;
  console.table([
    { measure: 'raw pg-boss: send + work of trivial jobs (baseline)', 'per second': Math.round(baseline) },
    { measure: 'raw pg-boss: send and fetch + complete in batches (ceiling)', 'per second': Math.round(batches) },
    {
      measure: 'notifications dispatched (SMTP + SMS gateway on loopback)',
      'per second': Math.round(result.perSecond),
      'of the baseline': share(result.perSecond, baseline),
      'of the ceiling': share(result.perSecond, batches),
    },
  ]);
  console.log(`received: ${result.sms} SMS at the gateway, ${result.email} e-mails at the SMTP server`);
  console.log(
    `notification throughput is ${share(result.perSecond, baseline)} of the raw pg-boss job throughput and ${share(result.perSecond, batches)} of pg-boss in batches`,
  );
} finally {
  await app.close();
  await gateway.close();
  await smtp.stop();
}
