import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { DEMO_API_KEY } from '#modules/identity/demo-data.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { caseworkerPrincipal, countRows, demoCpr, postMultipart, waitFor } from './test-support/post-test-helpers.ts';
import type { Raadhus } from '#src/app.ts';

/** Where a second app finds the first one's data: the same PGlite directory, or the same PostgreSQL schema. */
let dataDir: string;
let schema: string | undefined;
const sharedEnv = (): Record<string, string> =>
  process.env.DATABASE_URL ? { DATABASE_SCHEMA: schema! } : { DATA_DIR: dataDir };

let app: TestApp | undefined;
before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'raadhus-bulk-'));
  schema = process.env.DATABASE_URL ? `test_bulk_${randomBytes(4).toString('hex')}` : undefined;
});
after(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
  if (schema) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.query(`drop schema if exists "${schema}_queue" cascade`);
    await client.end();
  }
});

async function bulkCopies(raadhus: Raadhus, bulkId: string) {
  return (
    await sql<{
      owner_id: string;
      copies: number;
      body: string;
    }>`select b.owner_id, count(*)::int as copies, min(m.body) as body from post_messages m join post_mailboxes b on b.id = m.mailbox_id where m.bulk_id = ${bulkId} group by b.owner_id`.execute(
      raadhus.database.db,
    )
  ).rows;
}

test('a bulk letter to everyone survives a crash mid-run: after a restart on the same database every recipient has exactly one copy', {
  timeout: 120_000,
}, async () => {
  // first process: HTTP only, no queue workers, so the test decides how far the job gets
  app = await startTestApp({ ...sharedEnv(), RUN_MODE: 'web' });
  const bulk = app.raadhus.services.post.bulk;
  const actor = await caseworkerPrincipal(app.raadhus);
  const { id, total } = await bulk.create(actor, {
    subject: 'Til {{name}}',
    body: 'Kære {{name}}\nNy affaldsordning.',
    replyAllowed: false,
    source: 'everyone',
  });
  assert.equal(total, demoCitizens.length);
  assert.deepEqual(await bulk.runChunk(id, { limit: 5, continue: false }), { sent: 5, remaining: total - 5 });
  // a crash inside a chunk's transaction, after its messages were written: messages and marks roll back together
  await assert.rejects(
    bulk.runChunk(id, { limit: 5, continue: false, interruptAfterInsert: () => true }),
    /interrupted/,
  );
  const copies = await bulkCopies(app.raadhus, id);
  assert.equal(copies.length, 5);
  assert.ok(copies.every((row) => row.copies === 1));
  assert.equal((await bulk.progress(actor, id)).sent, 5);
  // the process stops in the middle of the run
  await app.close();
  app = undefined;

  // a new process on the same data resumes the running bulk letter with its queue workers
  app = await startTestApp(sharedEnv());
  const resumed = app.raadhus;
  const done = await waitFor(async () => {
    const progress = await resumed.services.post.bulk.progress(actor, id);
    return progress.status === 'done' ? progress : undefined;
  }, 60_000);
  assert.equal(done.sent, total);
  assert.equal(done.failed, 0);
  const after = await bulkCopies(resumed, id);
  assert.equal(after.length, total, 'every recipient got the letter');
  assert.deepEqual([...new Set(after.map((row) => row.copies))], [1], 'nobody got a second copy');
  assert.ok(
    after.every((row) => /^Kære \S+ \S+\nNy affaldsordning\.$/.test(row.body)),
    'the name is merged in',
  );
  // the two demo citizens without digital post got theirs in the print queue
  const print = (
    await sql<{
      count: number;
    }>`select count(*)::int as count from post_messages where bulk_id = ${id} and delivery = 'print'`.execute(
      resumed.database.db,
    )
  ).rows[0].count;
  assert.equal(print, 2);
});

test('staff send a bulk letter from a CSV with merge fields; bad files are refused; a running letter can be cancelled', {
  timeout: 60_000,
}, async () => {
  assert.ok(app, 'the resumed app from the previous test');
  const client = new TestClient(app.url);
  await client.login('staff-caseworker-1');
  const { html, csrf } = await client.form('/staff/post/bulk');
  assert.match(html, /Nyt massebrev/);
  const before = await countRows(app.raadhus, 'post_bulk_letters');
  const csvFile = (content: string) => [
    { name: 'csv', filename: 'modtagere.csv', type: 'text/csv', content: Buffer.from(content) },
  ];
  const bad: Array<[string, RegExp]> = [
    ['navn\nAnne\n', /kolonne, der hedder cpr eller cvr/],
    ['cpr\n12345\n', /Række 2: CPR-nummeret skal være 10 cifre/],
    ['cpr\n0101500100\n', /Flettefeltet \{\{beløb\}\} findes ikke/],
  ];
  for (const [content, pattern] of bad) {
    const response = await postMultipart(
      client,
      '/staff/post/bulk',
      csrf,
      { subject: 'Opkrævning', body: 'Du skal betale {{beløb}} kr.', source: 'csv' },
      csvFile(content),
    );
    assert.equal(response.status, 400, content);
    assert.match(await response.text(), pattern);
  }
  const noFile = await postMultipart(client, '/staff/post/bulk', csrf, {
    subject: 'Opkrævning',
    body: 'Tekst',
    source: 'csv',
  });
  assert.equal(noFile.status, 400);
  assert.equal(await countRows(app.raadhus, 'post_bulk_letters'), before);

  const csv = `cpr;beløb\n${demoCpr(1)};100\n${demoCpr(2)};250\n`;
  const created = await postMultipart(
    client,
    '/staff/post/bulk',
    csrf,
    { subject: 'Opkrævning', body: 'Du skal betale {{beløb}} kr., {{name}}.', source: 'csv' },
    csvFile(csv),
  );
  assert.equal(created.status, 303);
  const progressUrl = created.headers.get('location')!;
  const bulkId = progressUrl.split('/').pop()!;
  await waitFor(
    async () =>
      (await app!.raadhus.services.post.bulk.progress(await caseworkerPrincipal(app!.raadhus), bulkId)).status ===
      'done',
  );
  const page = await (await client.follow(progressUrl)).text();
  assert.match(page, /<progress id="bulk-progress-bar" max="2" value="2">/);
  assert.match(page, /2 af 2 sendt, 0 fejlet/);
  const bodies = (await bulkCopies(app.raadhus, bulkId)).map((row) => row.body).sort();
  assert.ok(
    bodies[0].startsWith('Du skal betale 100 kr.') || bodies[1].startsWith('Du skal betale 100 kr.'),
    bodies.join(' | '),
  );
  assert.ok(bodies.some((body) => body.startsWith('Du skal betale 250 kr.')));

  // cancel: a bulk letter that has not run yet is stopped; its pending recipients get nothing
  const actor = await caseworkerPrincipal(app.raadhus);
  const service = app.raadhus.services.post.bulk;
  const running = await service.create(actor, {
    subject: 'Stoppes',
    body: 'x',
    replyAllowed: false,
    source: 'everyone',
  });
  const cancel = await client.submit(`/staff/post/bulk/${running.id}/cancel`, { _csrf: csrf });
  const cancelled = await service.progress(actor, running.id);
  if (cancel.status === 409) assert.equal(cancelled.status, 'done', 'it finished before the click');
  else {
    assert.match(await cancel.text(), /Udsendelsen er annulleret/);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.sent + cancelled.cancelled + cancelled.failed, cancelled.total);
  }
});

test('the bulk-letter API starts a job and reports progress; idempotent', async () => {
  assert.ok(app);
  const key = randomUUID();
  const request = () =>
    fetch(`${app!.url}/api/v1/bulk-letters`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `Bearer ${DEMO_API_KEY}`,
        'idempotency-key': key,
      },
      body: JSON.stringify({ subject: 'API-massebrev', body: 'Hej {{name}}', csv: `cvr\n29189838\n10000009\n` }),
    });
  const first = await request();
  assert.equal(first.status, 202);
  const created = (await first.json()) as { id: string; total: number; href: string };
  assert.equal(created.total, 2);
  assert.equal((await request()).headers.get('idempotent-replayed'), 'true');
  assert.equal(
    await countRows(app.raadhus, 'post_bulk_letters'),
    (
      await sql<{ count: number }>`select count(*)::int as count from post_bulk_letters`.execute(
        app.raadhus.database.db,
      )
    ).rows[0].count,
  );
  const done = await waitFor(async () => {
    const progress = (await (
      await fetch(`${app!.url}${created.href}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${DEMO_API_KEY}` },
      })
    ).json()) as { status: string; sent: number };
    return progress.status === 'done' ? progress : undefined;
  });
  assert.equal(done.sent, 2);
  const bad = await fetch(`${app.url}/api/v1/bulk-letters`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${DEMO_API_KEY}`,
    },
    body: JSON.stringify({ subject: '', body: 'x', csv: 'cpr\n1\n' }),
  });
  assert.equal(bad.status, 400);
});
