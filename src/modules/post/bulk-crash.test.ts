import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startChildApp, type ChildApp } from '#test-support/child-app.ts';
import { childDatabase, type ChildDatabase } from '#test-support/child-database.ts';

/**
 * kill -9 of the process that sends a bulk letter, right after creation and at 25 %, 50 % and 75 % of its
 * recipients; each time a fresh worker process on the same database (PGlite data directory or PostgreSQL
 * schema) resumes it. No recipient is lost, none gets two copies, and no chunk job is left behind.
 * A few hundred recipients in chunks of 20 keep it fast; the 20,000-recipient size is for the benchmark.
 */
const RECIPIENTS = 300;
const child = fileURLToPath(new URL('./test-support/bulk-crash-child.ts', import.meta.url));
let database: ChildDatabase;
let running: ChildApp | undefined;

before(async () => {
  database = await childDatabase('bulkcrash');
});
after(async () => {
  await running?.kill();
  await database?.drop();
});

const start = async (extra: Record<string, string> = {}) => {
  running = await startChildApp(
    child,
    { ...database.env(), RUN_MODE: 'worker', DEMO_DATA: 'false', BULK_CRASH_CHUNK: '20', ...extra },
    'ready',
  );
  return running;
};
const pendingIn = (line: string) => Number(line.split(' ')[1]);
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

test(`kill -9 of a bulk letter's worker after creation and at 25, 50 and 75 %: each of ${RECIPIENTS} recipients gets exactly one copy (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, {
  timeout: 240_000,
}, async () => {
  const started = Date.now();
  const first = await start({ BULK_CRASH_RECIPIENTS: String(RECIPIENTS) });
  assert.equal(await first.line((line) => line.startsWith('created '), 'the bulk letter'), `created ${RECIPIENTS}`);
  await first.kill();
  const doneAtKill: number[] = [];
  const phases = [`created ${seconds(started)} s`];
  for (const share of [0.25, 0.5, 0.75]) {
    const worker = await start();
    phases.push(`ready ${seconds(started)} s`);
    const line = await worker.line(
      (text) => text.startsWith('progress ') && RECIPIENTS - pendingIn(text) >= RECIPIENTS * share,
      `${share * 100} % sent`,
    );
    await worker.kill();
    doneAtKill.push(RECIPIENTS - pendingIn(line));
    phases.push(`killed at ${share * 100} % ${seconds(started)} s`);
  }
  const last = await start();
  phases.push(`ready ${seconds(started)} s`);
  await last.line((line) => line === 'finished', 'the bulk letter finished and its jobs completed', 120_000);
  await last.stop();
  running = undefined;
  console.log(
    `bulk crash (${database.onServer ? 'PostgreSQL' : 'PGlite'}): killed after creation and with ${doneAtKill.join(', ')} of ${RECIPIENTS} sent; ${phases.join(', ')}; finished ${seconds(started)} s`,
  );
  assert.ok(
    doneAtKill.every((done) => done < RECIPIENTS),
    `every kill landed before the end (${doneAtKill})`,
  );

  const opened = await database.open();
  try {
    const db = opened.db;
    const { rows: letters } = await sql<{ id: string; status: string; total: number }>`
      select id, status, total from post_bulk_letters`.execute(db);
    assert.equal(letters.length, 1);
    assert.deepEqual(letters[0], { ...letters[0], status: 'done', total: RECIPIENTS });
    const { rows: states } = await sql<{ state: string; count: number }>`
      select state, count(*)::int as count from post_bulk_recipients group by state`.execute(db);
    assert.deepEqual(states, [{ state: 'sent', count: RECIPIENTS }], 'every recipient sent');
    // messages per recipient: every generated person exactly one copy, nobody else any
    const { rows: copies } = await sql<{ copies: number; people: number }>`
      select coalesce(m.copies, 0)::int as copies, count(*)::int as people from people p
      left join (select b.owner_id, count(*) as copies from post_messages m join post_mailboxes b on b.id = m.mailbox_id
        where m.bulk_id = ${letters[0].id} group by b.owner_id) m on m.owner_id = p.id
      group by 1`.execute(db);
    assert.deepEqual(copies, [{ copies: 1, people: RECIPIENTS }], 'one copy per recipient');
    const { rows: jobs } = await sql<{ state: string; count: number }>`
      select state, count(*)::int as count from ${sql.table(`${database.queueSchema}.job`)}
      where name = 'post.bulk-letter-chunk' group by state`.execute(db);
    assert.deepEqual(
      jobs.map((row) => row.state),
      ['completed'],
      `every chunk job completed (${JSON.stringify(jobs)})`,
    );
  } finally {
    await opened.close();
  }
});
