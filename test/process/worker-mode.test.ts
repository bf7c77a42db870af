import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { caseworkerPrincipal, waitFor } from '#modules/post/test-support/post-test-helpers.ts';
import { setDraftActivity } from '#modules/selfservice/selfservice.repository.ts';
import { ABANDON_AFTER_DAYS } from '#modules/selfservice/selfservice.service.ts';

/**
 * A deployment of web processes (RUN_MODE=web) and worker processes (RUN_MODE=worker): the start-up work
 * of the modules (resuming bulk letters, the daily self-service schedule) runs where the workers run, so a
 * worker-only process does it with no web process around.
 */

let dataDir: string;
let schema: string | undefined;
const sharedEnv = (): Record<string, string> =>
  process.env.DATABASE_URL ? { DATABASE_SCHEMA: schema! } : { DATA_DIR: dataDir };

let app: TestApp | undefined;
before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'raadhus-worker-'));
  schema = process.env.DATABASE_URL ? `test_worker_${randomBytes(4).toString('hex')}` : undefined;
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

test('a worker-only process resumes an interrupted bulk letter and runs the daily self-service job', {
  timeout: 180_000,
}, async () => {
  // a web process (no queue workers): a bulk letter gets one chunk sent, and a citizen leaves a draft
  app = await startTestApp({ ...sharedEnv(), RUN_MODE: 'web' });
  const web = app.raadhus;
  const actor = await caseworkerPrincipal(web);
  const { id: bulkId, total } = await web.services.post.bulk.create(actor, {
    subject: 'Ny affaldsordning',
    body: 'Kære {{name}}\nFra næste måned tømmes din skraldespand hver anden tirsdag.',
    replyAllowed: false,
    source: 'everyone',
  });
  assert.equal(total, demoCitizens.length);
  await web.services.post.bulk.runChunk(bulkId, { limit: 3, continue: false });
  assert.equal((await web.services.post.bulk.progress(actor, bulkId)).status, 'running');
  const citizen = await web.services.identity.findPersonByCpr(demoCitizens[0].cpr);
  assert.ok(citizen);
  const draft = await web.services.selfservice.startDraft(
    { kind: 'citizen', id: citizen.id, name: citizen.name, roles: ['citizen'], assurance: 'substantial' },
    'dog-registration',
  );
  await setDraftActivity(web.database.db, draft.id, new Date(Date.now() - (ABANDON_AFTER_DAYS + 2) * 86_400_000));
  // the web process does no start-up work: the daily schedule is not created there
  assert.equal((await web.queue.boss.getSchedules()).length, 0);
  await app.close();
  app = undefined;

  // a worker-only process on the same database: no HTTP server, and it carries on
  app = await startTestApp({ ...sharedEnv(), RUN_MODE: 'worker' });
  const worker = app.raadhus;
  assert.equal(worker.http, undefined);
  const done = await waitFor(async () => {
    const progress = await worker.services.post.bulk.progress(actor, bulkId);
    return progress.status === 'done' ? progress : undefined;
  }, 90_000);
  assert.equal(done.sent + done.failed, total);
  assert.equal(done.failed, 0);

  // the daily jobs: scheduled by the worker (every module's), and its handler runs when the schedule fires
  const schedules = await worker.queue.boss.getSchedules();
  assert.deepEqual(schedules.map((schedule) => [schedule.name, schedule.cron, schedule.options?.tz]).sort(), [
    ['cases.check-deadlines', '15 5 * * *', 'Europe/Copenhagen'],
    ['channels.check-compliance-alerts', '15 6 * * *', 'Europe/Copenhagen'],
    ['channels.find-processing-notices', '45 5 * * *', 'Europe/Copenhagen'],
    ['frontdesk.purge-anonymous-chats', '40 2 * * *', 'Europe/Copenhagen'],
    ['governance.contract-deadline-alerts', '30 6 * * *', 'Europe/Copenhagen'],
    ['insight.recompute', '15 2 * * *', 'Europe/Copenhagen'],
    ['selfservice.count-abandoned', '30 1 * * *', 'Europe/Copenhagen'],
  ]);
  await worker.queue.boss.send('selfservice.count-abandoned', {});
  await waitFor(async () => {
    const { rows } = await sql<{
      abandoned: boolean;
    }>`select abandoned_at is not null as abandoned from selfservice_drafts where id = ${draft.id}`.execute(
      worker.database.db,
    );
    return rows[0]?.abandoned;
  }, 60_000);
});
