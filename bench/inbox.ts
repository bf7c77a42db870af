import {
  benchConnections,
  benchSeconds,
  measure,
  report,
  sessionCookieFor,
  startBareServer,
  type Measurement,
} from './support/http-measure.ts';
import {
  benchDatabases,
  canReuse,
  generatedSizes,
  markGenerated,
  secondsSince,
  startBenchApp,
  type BenchApp,
  type BenchDatabase,
} from './support/bench-app.ts';
import {
  analyse,
  citizenPrincipals,
  generateCitizens,
  generateMessages,
  messageIds,
  spreadIndexes,
} from './support/post-data.ts';
import { explainInboxQueries } from './support/post-explain.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

/**
 * The citizen's digital-post inbox (`/post`, a full page: session, mailbox, first page of letters,
 * unread count, sign-up state; and with a search) and the integration API's reads (the post module has
 * no inbox API for citizens: a sent message's status `GET /api/v1/messages/:id` and its replies
 * `GET /api/v1/messages/:id/replies`) under autocannon, over many mailboxes and messages generated in
 * bulk, rotating over 500 citizens' session cookies and 500 messages. Baseline: a bare Fastify
 * hello-world route in the same run. Target: p99 under 25 ms on the PostgreSQL server.
 *
 *   npm run bench                                     # every benchmark, default sizes
 *   node --import tsx bench/inbox.ts                  # PGlite; with DATABASE_URL also PostgreSQL
 *   node --import tsx bench/inbox.ts --db=postgres    # or BENCH_DB=pglite|postgres|both
 *
 * Full size on PostgreSQL (1,000,000 mailboxes, 10,000,000 messages: about 10 minutes to generate,
 * about 7 GB), kept in the database bench_inbox_full so later runs skip the generation:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test BENCH_MAILBOXES=1000000 BENCH_MESSAGES=10000000 \
 *     BENCH_REUSE=bench_inbox_full node --import tsx bench/inbox.ts --db=postgres
 *
 * Settings: BENCH_MAILBOXES / BENCH_MESSAGES (defaults: PostgreSQL 200,000 / 2,000,000, PGlite
 * 20,000 / 200,000), BENCH_REUSE=<name> (a PostgreSQL database of that name, or the PGlite folder
 * data/bench/<name>, kept and reused when it holds the same sizes; `drop database <name>` to free it), BENCH_SESSIONS (500), BENCH_SECONDS, BENCH_CONNECTIONS,
 * BENCH_EXPLAIN=1 (prints the inbox queries' plans).
 */
const defaults: Record<BenchDatabase, { mailboxes: number; messages: number }> = {
  postgres: { mailboxes: 200_000, messages: 2_000_000 },
  pglite: { mailboxes: 20_000, messages: 200_000 },
};
const sessions = Number(process.env.BENCH_SESSIONS ?? 500);
const P99_TARGET_MS = 25;

async function prepare(app: BenchApp, sizes: { mailboxes: number; messages: number }): Promise<void> {
  const db = app.raadhus.database.db;
  if (app.reused) {
    const existing = await generatedSizes(app, 'inbox');
    if (canReuse(existing, sizes))
      return void console.log(`reusing the data generated in ${app.place} (no generation)`);
    throw new Error(
      `${app.place} holds ${existing ? JSON.stringify(existing) : 'no complete data set'}, not these sizes: drop it or choose another BENCH_REUSE`,
    );
  }
  const started = performance.now();
  await generateCitizens(db, sizes.mailboxes, (done) =>
    console.log(`  ${done.toLocaleString('en')} citizens with mailboxes (${secondsSince(started)} s)`),
  );
  const departments = await app.raadhus.services.post.listDepartments();
  const sender = {
    departmentIds: departments.map((department) => department.id),
    departmentCodes: departments.map((department) => department.code),
  };
  await generateMessages(db, sizes.mailboxes, sizes.messages, sender, (done) =>
    console.log(`  ${done.toLocaleString('en')} messages (${secondsSince(started)} s)`),
  );
  await analyse(db);
  await markGenerated(app, 'inbox', sizes);
  console.log(
    `generated ${sizes.mailboxes.toLocaleString('en')} mailboxes and ${sizes.messages.toLocaleString('en')} messages in ${secondsSince(started)} s`,
  );
}

async function run(database: BenchDatabase, bare: { url: string }): Promise<void> {
  const sizes = {
    mailboxes: Number(process.env.BENCH_MAILBOXES ?? defaults[database].mailboxes),
    messages: Number(process.env.BENCH_MESSAGES ?? defaults[database].messages),
  };
  const reuse = process.env.BENCH_REUSE
    ? database === 'postgres'
      ? process.env.BENCH_REUSE
      : `data/bench/${process.env.BENCH_REUSE}`
    : undefined;
  console.log(
    `\n-- ${database === 'postgres' ? 'PostgreSQL server' : 'PGlite (embedded)'}: ${sizes.mailboxes.toLocaleString('en')} mailboxes, ${sizes.messages.toLocaleString('en')} messages`,
  );
  const startedApp = performance.now();
  const app = await startBenchApp(database, { reuse });
  console.log(`app started (migrations included) in ${secondsSince(startedApp)} s, data in ${app.place}`);
  try {
    await prepare(app, sizes);
    const db = app.raadhus.database.db;
    const principals = await citizenPrincipals(db, spreadIndexes(sizes.mailboxes, sessions));
    const cookies = await Promise.all(principals.map((principal) => sessionCookieFor(app.raadhus, principal)));
    const departments = await app.raadhus.services.post.listDepartments();
    // the API client belongs to the first department: generated message j comes from department j mod count
    const statusIds = await messageIds(
      db,
      spreadIndexes(Math.floor(sizes.messages / departments.length), sessions).map((k) => k * departments.length),
    );
    const client = await createTestApiClient(app.raadhus, {
      name: 'bench',
      scopes: ['post:read-department'],
      departmentId: departments[0].id,
    });
    if (process.env.BENCH_EXPLAIN === '1')
      await explainInboxQueries(db, (await mailboxOf(app, principals[0].id))!, statusIds[0]);

    const api = { accept: 'application/json', authorization: `Bearer ${client.key}` };
    const rotating = (label: string, path: string): Promise<Measurement> =>
      measureRotatingCookies(label, `${app.url}${path}`, cookies);
    const rows = [
      await measure('bare Fastify hello world (baseline)', bare.url),
      await measure('start page / (full page, no post data)', `${app.url}/`),
      await rotating('inbox page GET /post', '/post'),
      await rotating('inbox search GET /post?q=brev', '/post?q=brev'),
      await measure('status API GET /api/v1/messages/:id', app.url, {
        headers: api,
        paths: statusIds.map((id) => `/api/v1/messages/${id}`),
      }),
      await measure('replies API GET /api/v1/messages/:id/replies', app.url, {
        headers: api,
        paths: statusIds.map((id) => `/api/v1/messages/${id}/replies`),
      }),
    ];
    report(
      `Inbox on ${database === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${sizes.mailboxes.toLocaleString('en')} mailboxes, ${sizes.messages.toLocaleString('en')} messages, ${cookies.length} citizens, ${benchConnections} connections, ${benchSeconds} s each`,
      rows,
      [
        { label: 'inbox page GET /post', p99Under: P99_TARGET_MS },
        { label: 'status API GET /api/v1/messages/:id', p99Under: P99_TARGET_MS },
        { label: 'replies API GET /api/v1/messages/:id/replies', p99Under: P99_TARGET_MS },
      ],
    );
  } finally {
    await app.close();
  }
}

/** Each request goes out as a citizen drawn at random from the logged-in ones (autocannon sets the cookie per request). */
async function measureRotatingCookies(label: string, url: string, cookies: string[]): Promise<Measurement> {
  const target = new URL(url);
  const autocannon = (await import('autocannon')).default;
  const result = await autocannon({
    url: target.origin,
    connections: benchConnections,
    duration: benchSeconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          path: `${target.pathname}${target.search}`,
          headers: { accept: 'text/html', cookie: cookies[Math.floor(Math.random() * cookies.length)] },
        }),
      },
    ],
  } as never);
  return {
    label,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'req/s': Math.round(result.requests.average),
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function mailboxOf(app: BenchApp, personId: string): Promise<string | undefined> {
  const { findMailbox } = await import('#modules/post/post.repository.ts');
  return (await findMailbox(app.raadhus.database.db, 'person', personId))?.id;
}

const bare = await startBareServer();
try {
  for (const database of benchDatabases()) await run(database, bare);
} finally {
  await bare.close();
}
