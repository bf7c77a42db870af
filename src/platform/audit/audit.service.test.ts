import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ForbiddenError, installPermissions, joinPermissions } from '../auth/permissions.ts';
import { platformPermissions } from '../auth/platform.permissions.ts';
import type { Principal } from '../auth/principal.ts';
import { recordAudit, recordAuditMany } from './audit.service.ts';
import { AuditLogService } from './audit-log.service.ts';
import { verifyAuditChain } from './audit-chain-verification.ts';

// the permission table an app installs from its declarations (here: the platform's own, as no app runs)
installPermissions(joinPermissions([platformPermissions]));

/** A database of its own (embedded in a temp folder, or a fresh schema on the server) so the CLI can open it too. */
const serverUrl = process.env.DATABASE_URL;
const schema = `test_audit_${randomBytes(5).toString('hex')}`;
const dataDir = serverUrl ? undefined : mkdtempSync(join(tmpdir(), 'raadhus-audit-'));
const databaseConfig = {
  DATABASE_URL: serverUrl,
  DATABASE_SCHEMA: schema,
  DATABASE_POOL_SIZE: 2,
  DATA_DIR: dataDir ?? '',
};
const cliEnv = {
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  ...(serverUrl ? { DATABASE_URL: serverUrl, DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir!, DATABASE_URL: '' }),
};

let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
let db: Database;
const actor = { kind: 'staff' as const, id: randomUUID(), name: 'Sara Sagsbehandler' };

async function open(): Promise<void> {
  handle = await openDatabase(databaseConfig);
  db = handle.db;
}
async function close(): Promise<void> {
  await handle?.close();
  handle = undefined;
}

before(async () => {
  await open();
  await migrateToLatest(db, handle!.schema);
});
after(async () => {
  await close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
});

interface Row {
  id: number;
  purpose: string;
  previous_hash: string;
  hash: string;
}
const rows = async () =>
  (await sql<Row>`select id, purpose, previous_hash, hash from audit_log order by id`.execute(db)).rows;

/** As the database owner, around the application's append-only trigger: what an intruder with DBA rights could do. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger user`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger user`.execute(trx);
  });
}

function runCli(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/verify-audit.ts'], {
      env: cliEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('recordAudit appends rows that chain to each other', async () => {
  for (const purpose of ['case 1 review', 'case 2 review', 'case 3 review', 'case 4 review']) {
    await recordAudit(db, { actor, action: 'person:read', personId: randomUUID(), purpose });
  }
  const chain = await rows();
  assert.equal(chain.length, 4);
  assert.equal(chain[0].previous_hash, 'genesis');
  for (let index = 1; index < chain.length; index++) assert.equal(chain[index].previous_hash, chain[index - 1].hash);
  assert.deepEqual(await verifyAuditChain(db), { ok: true, checked: 4 });
});

test('recordAudit commits and rolls back with the transaction it is given', async () => {
  const before = (await rows()).length;
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await recordAudit(trx, { actor, action: 'person:read', purpose: 'read that failed' });
      throw new Error('the read failed after the audit row was written');
    }),
    /the read failed/,
  );
  assert.equal((await rows()).length, before, 'the audit row went with the rolled-back transaction');
  await db
    .transaction()
    .execute((trx) => recordAudit(trx, { actor, action: 'person:read', purpose: 'read that succeeded' }));
  assert.equal((await rows()).length, before + 1);
  assert.equal((await verifyAuditChain(db)).ok, true);
});

test('recordAuditMany appends a batch (over one insert statement) that chains like single records, in its transaction', async () => {
  const before = (await rows()).length;
  const entries = Array.from({ length: 1500 }, (_, index) => ({
    actor,
    action: 'post:send',
    personId: randomUUID(),
    purpose: `bulk letter ${index}`,
  }));
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await recordAuditMany(trx, entries);
      throw new Error('rolled back');
    }),
  );
  assert.equal((await rows()).length, before, 'a rolled-back batch leaves nothing');
  await db.transaction().execute((trx) => recordAuditMany(trx, entries));
  await recordAudit(db, { actor, action: 'person:read', personId: randomUUID(), purpose: 'after the batch' });
  const all = await rows();
  assert.equal(all.length, before + 1501);
  assert.deepEqual(
    all.slice(before, before + 3).map((row) => row.purpose),
    ['bulk letter 0', 'bulk letter 1', 'bulk letter 2'],
  );
  assert.equal(all.at(-2)!.purpose, 'bulk letter 1499');
  const verification = await verifyAuditChain(db);
  assert.equal(verification.ok, true, verification.reason);
});

test('the append-only trigger refuses UPDATE and DELETE', async () => {
  const [first] = await rows();
  await assert.rejects(
    sql`update audit_log set purpose = 'nothing to see' where id = ${first.id}`.execute(db),
    /append-only/,
  );
  await assert.rejects(sql`delete from audit_log where id = ${first.id}`.execute(db), /append-only/);
  assert.equal((await rows())[0].purpose, first.purpose);
});

/** The person register as the audit log sees it: one known citizen. */
const knownCpr = '0101500100';
const knownPersonId = randomUUID();
const people = { findPersonByCpr: async (cpr: string) => (cpr === knownCpr ? { id: knownPersonId } : undefined) };
const auditor: Principal = { kind: 'staff', id: randomUUID(), name: 'Revisor Rasmussen', roles: ['system_owner'] };
const auditRows = async (action: string) =>
  (
    await sql<{ person_id: string | null; actor_id: string; purpose: string }>`
      select person_id, actor_id, purpose from audit_log where action = ${action} order by id`.execute(db)
  ).rows;

test('searching the log by a CPR number that has a trail is itself recorded as a read of that person', async () => {
  await recordAudit(db, { actor, action: 'person:read', personId: knownPersonId, purpose: 'case 7 review' });
  const auditLog = new AuditLogService(db, people);
  const page = await auditLog.search({ actor: auditor, requestId: 'req-1' }, { cpr: '010150-0100' }, 10, 0);
  assert.deepEqual(
    page.rows.map((row) => row.purpose),
    ['case 7 review'],
  );
  assert.deepEqual(await auditRows('audit:search'), [
    { person_id: knownPersonId, actor_id: auditor.id, purpose: 'audit log search' },
  ]);
  await auditLog.search({ actor: auditor }, { action: 'person:read' }, 10, 0);
  assert.equal((await auditRows('audit:search')).length, 1, 'a search without a CPR number reads no one person');
  assert.equal((await verifyAuditChain(db)).ok, true);
});

test('a CPR number that is not one, or has no person, searches nothing and records nothing', async () => {
  const auditLog = new AuditLogService(db, people);
  const before = (await rows()).length;
  assert.deepEqual(await auditLog.search({ actor: auditor }, { cpr: '310490-1234' }, 10, 0), {
    rows: [],
    cprProblem: 'date',
  });
  assert.deepEqual(await auditLog.search({ actor: auditor }, { cpr: '12' }, 10, 0), { rows: [], cprProblem: 'format' });
  assert.deepEqual(await auditLog.search({ actor: auditor }, { cpr: '0202521107' }, 10, 0), { rows: [] });
  assert.equal((await rows()).length, before);
});

test('an export is recorded with its size; a caller without audit:read is refused and nothing is recorded', async () => {
  const auditLog = new AuditLogService(db, people);
  const exported = await auditLog.export({ actor: auditor }, { action: 'person:read' });
  assert.ok(exported.length > 0);
  assert.deepEqual(
    (await auditRows('audit:export')).map((row) => row.purpose),
    [`audit export of ${exported.length} rows`],
  );
  const before = (await rows()).length;
  const caseworker: Principal = { kind: 'staff', id: randomUUID(), name: 'Sara', roles: ['caseworker'] };
  await assert.rejects(auditLog.search({ actor: caseworker }, { cpr: knownCpr }, 10, 0), ForbiddenError);
  await assert.rejects(auditLog.export({ actor: caseworker }, {}), ForbiddenError);
  await assert.rejects(auditLog.export({ actor: undefined }, {}), ForbiddenError);
  assert.equal((await rows()).length, before);
});

test('npm run audit:verify reports an intact chain with exit code 0', async () => {
  await close(); // the embedded database is single-process: the CLI takes the lock
  const result = await runCli();
  await open();
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`Audit log intact: ${(await rows()).length} rows checked`));
});

test('an edited row is detected at its id, by the service and by the CLI (exit 1)', async () => {
  const chain = await rows();
  const target = chain[1];
  await tamper(sql`update audit_log set purpose = 'innocent purpose' where id = ${target.id}`);
  const result = await verifyAuditChain(db);
  assert.equal(result.ok, false);
  assert.equal(result.brokenAtId, target.id);
  assert.match(result.reason ?? '', /edited/);

  await close();
  const cli = await runCli();
  await open();
  assert.equal(cli.code, 1);
  assert.match(cli.stderr, new RegExp(`BROKEN at row ${target.id}\\b`));

  await tamper(sql`update audit_log set purpose = ${target.purpose} where id = ${target.id}`);
  assert.equal((await verifyAuditChain(db)).ok, true, 'restoring the original content restores the chain');
});

test('a deleted middle row is detected at the row after it', async () => {
  const chain = await rows();
  const removed = chain[2];
  await tamper(sql`delete from audit_log where id = ${removed.id}`);
  const result = await verifyAuditChain(db);
  assert.equal(result.ok, false);
  assert.equal(result.brokenAtId, chain[3].id);
  assert.match(result.reason ?? '', /deleted or inserted/);
  assert.equal(result.checked, 2);
});
