import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { memoryFigures } from './support/http-measure.ts';
import { benchDatabases, secondsSince, startBenchApp, type BenchDatabase } from './support/bench-app.ts';

/**
 * Registration throughput of the inquiry register: BENCH_INQUIRIES contacts (50,000) sent to
 * `POST /api/v1/inquiries` in batches of 1,000 (each with an Idempotency-Key and an externalId per contact, as an
 * integration sends them; BENCH_CONCURRENCY batches at a time, 4), against the ceiling on the same machine in the
 * same run: the same number of rows written by one raw `insert … select` from `generate_series` (rolled back).
 * Prints contacts/s of both and the ratio (target: at least 25 % of the ceiling).
 *
 *   node --import tsx bench/inquiries.ts                  # PGlite; with DATABASE_URL also PostgreSQL
 *   node --import tsx bench/inquiries.ts --db=postgres    # or BENCH_DB=pglite|postgres|both
 */
const total = Number(process.env.BENCH_INQUIRIES ?? 50_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BATCH = 1_000;
const TARGET_SHARE = 0.25;
const purposes = ['passport', 'housing-benefit', 'change-of-address', 'pension', 'case-status'];
const channels = ['phone', 'attendance', 'email', 'selfservice'];

/** One batch of the API's body: contacts spread over purposes, channels and the last 30 days. */
function batchBody(batch: number) {
  return {
    inquiries: Array.from({ length: BATCH }, (_, index) => {
      const n = batch * BATCH + index;
      return {
        externalId: `bench-${n}`,
        purpose: purposes[n % purposes.length],
        channel: channels[n % channels.length],
        occurredAt: new Date(Date.now() - (n % 30) * 86_400_000).toISOString(),
      };
    }),
  };
}

async function throughApi(url: string, key: string): Promise<{ rows: number; seconds: number }> {
  const batches = Math.ceil(total / BATCH);
  let next = 0;
  let rows = 0;
  const started = performance.now();
  const worker = async () => {
    for (let batch = next++; batch < batches; batch = next++) {
      const response = await fetch(`${url}/api/v1/inquiries`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(batchBody(batch)),
      });
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`batch ${batch}: ${response.status} ${await response.text()}`);
      rows += ((await response.json()) as { registered: number }).registered;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { rows, seconds: Number(secondsSince(started)) };
}

/** The ceiling: the same rows by one statement, rolled back so the register stays as the API left it. */
async function ceiling(app: Awaited<ReturnType<typeof startBenchApp>>): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  await app.raadhus.database.db
    .transaction()
    .execute(async (trx) => {
      const result = await sql`
        insert into channels_inquiries (source_key, source, purpose_code, channel, direction, outcome, occurred_at,
          party_kind, actor_kind, actor_id)
        select 'ceiling:' || n, 'api', (array['passport','housing-benefit','change-of-address','pension','case-status'])[1 + n % 5],
          (array['phone','attendance','email','selfservice'])[1 + n % 4], 'inbound', 'resolved',
          now() - (n % 30) * interval '1 day', 'anonymous', 'integration', 'bench'
        from generate_series(1, ${total}) as n`.execute(trx);
      rows = Number(result.numAffectedRows ?? 0);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { rows, seconds: Number(secondsSince(started)) };
}
class Rollback extends Error {}

async function run(database: BenchDatabase): Promise<void> {
  const name = database === 'postgres' ? 'PostgreSQL' : 'PGlite';
  console.log(`\n-- ${name}: ${total.toLocaleString('en')} contacts registered`);
  const app = await startBenchApp(database);
  try {
    const client = await createTestApiClient(app.raadhus, { name: 'bench telephony', scopes: ['channels:register'] });
    const api = await throughApi(app.url, client.key);
    const raw = await ceiling(app);
    const perSecond = (figures: { rows: number; seconds: number }) => Math.round(figures.rows / figures.seconds);
    console.table([
      { path: 'raw INSERT … SELECT (ceiling)', contacts: raw.rows, seconds: raw.seconds, 'contacts/s': perSecond(raw) },
      {
        path: `API batches of ${BATCH}, ${concurrency} at a time`,
        contacts: api.rows,
        seconds: api.seconds,
        'contacts/s': perSecond(api),
      },
    ]);
    const share = perSecond(api) / perSecond(raw);
    console.log(
      `API path: ${(share * 100).toFixed(1)} % of the ceiling; target at least ${TARGET_SHARE * 100} %: ${share >= TARGET_SHARE ? 'met' : 'NOT met'}`,
    );
    console.log('memory of the benchmark process:', memoryFigures());
  } finally {
    await app.close();
  }
}

for (const database of benchDatabases()) await run(database);
