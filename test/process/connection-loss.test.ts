import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { applicationName } from '#platform/db/server-database.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { caseworkerPrincipal, waitFor } from '#modules/post/test-support/post-test-helpers.ts';

/**
 * What a failover, a restart or `pg_terminate_backend` does to a running app: its connections to the
 * PostgreSQL server are cut, also between two statements of a transaction. The app's own backends (and
 * only those: found by the application name it gives its pools) are terminated again and again while real
 * requests and jobs run. The process stays up (an unhandled `error` event would end this test run), every
 * request either succeeds or answers 503 with a problem document, and afterwards everything works: a bulk
 * letter running through the outage finishes by itself, every recipient with exactly one message.
 * PGlite has no backends to terminate: skipped there.
 */
const onServer = Boolean(process.env.DATABASE_URL);
const API_KEY = 'rh_demo_key_for_tests_and_demo_only';
let app: TestApp;
let admin: pg.Client;
/** the app's database: every test app's copy of the seeded template keeps the same schema name */
let databaseName: string;

before(async () => {
  if (!onServer) return;
  app = await startTestApp({ DATABASE_POOL_SIZE: '6' });
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(app.raadhus.database.db);
  databaseName = rows[0].name;
});
after(async () => {
  await admin?.end();
  await app?.close();
});

/** Terminates every backend of this app (its pool and its queue's pool); returns how many. */
async function terminateOwnBackends(): Promise<number> {
  const { rows } = await admin.query<{ terminated: boolean }>(
    `select pg_terminate_backend(pid) as terminated from pg_stat_activity
     where application_name like $1 and datname = $2 and pid <> pg_backend_pid()`,
    [`${applicationName(app.schema!)}%`, databaseName],
  );
  return rows.filter((row) => row.terminated).length;
}

const sendLetter = (index: number) =>
  fetch(`${app.url}/api/v1/messages`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${API_KEY}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({
      recipient: { cpr: demoCitizens[index % demoCitizens.length].cpr },
      subject: 'Afgørelse',
      body: 'Brevets tekst',
      departmentCode: 'ydelser',
    }),
  });

test('connections terminated mid-request and mid-job: the process stays up, requests succeed or answer 503, a bulk letter finishes with one message per recipient', {
  skip: !onServer && 'PGlite has no server backends to terminate',
  timeout: 120_000,
}, async () => {
  const raadhus = app.raadhus;
  const db = raadhus.database.db;
  const actor = await caseworkerPrincipal(raadhus);
  const { id: bulkId, total } = await raadhus.services.post.bulk.create(actor, {
    subject: `Ny affaldsordning ${randomUUID()}`,
    body: 'Kære {{name}}\nFra næste måned tømmes din skraldespand hver anden tirsdag.',
    replyAllowed: false,
    source: 'everyone',
  });
  assert.ok(total >= 10);

  // requests side by side for a few seconds while every backend of the app is terminated every 150 ms
  const statuses: number[] = [];
  const problems: Array<{ status: number; type: string; detail: string }> = [];
  let running = true;
  let terminated = 0;
  const killer = (async () => {
    while (running) {
      terminated += await terminateOwnBackends();
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  })();
  const client = async (offset: number) => {
    for (let index = offset; running; index += 6) {
      const response = await sendLetter(index);
      statuses.push(response.status);
      if (response.status !== 201)
        problems.push({
          status: response.status,
          type: response.headers.get('content-type') ?? '',
          detail: ((await response.json()) as { detail?: string }).detail ?? '',
        });
      else await response.arrayBuffer();
    }
  };
  const clients = [0, 1, 2, 3, 4, 5].map(client);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  running = false;
  await Promise.all([killer, ...clients]);

  assert.ok(terminated >= 10, `backends terminated: ${terminated}`);
  assert.ok(statuses.length > 0);
  for (const problem of problems) {
    assert.equal(problem.status, 503, `every failed request is a 503 (got ${JSON.stringify(problem)})`);
    assert.match(problem.type, /application\/problem\+json/);
    assert.match(problem.detail, /Forbindelsen til vores database blev afbrudt/);
  }
  const ok = statuses.filter((status) => status === 201).length;
  console.log(
    `connection loss: ${statuses.length} requests, ${ok} created, ${problems.length} answered 503, ${terminated} backends terminated`,
  );

  // afterwards: ready again and requests succeed at once
  const ready = await fetch(`${app.url}/health/ready`);
  assert.equal(ready.status, 200);
  for (const index of [0, 1, 2]) assert.equal((await sendLetter(index)).status, 201);

  // the bulk letter that ran through the outage finishes by itself: one message to every recipient
  const done = await waitFor(async () => {
    const progress = await raadhus.services.post.bulk.progress(actor, bulkId);
    return progress.status === 'done' && progress;
  }, 60_000);
  assert.equal(done.sent, total);
  assert.equal(done.failed, 0);
  const { rows } = await sql<{ messages: number; mailboxes: number }>`
    select count(*)::int as messages, count(distinct mailbox_id)::int as mailboxes
    from post_messages where bulk_id = ${bulkId}`.execute(db);
  assert.deepEqual(rows[0], { messages: total, mailboxes: total }, 'every recipient exactly one message');
});
