import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '#platform/auth/principal.ts';
import { memoryFigures } from './support/http-measure.ts';
import { benchDatabases, secondsSince, startBenchApp, type BenchDatabase } from './support/bench-app.ts';
import { analyse, generateCitizens } from './support/post-data.ts';
import { measureCeiling, runBulkLetter } from './support/bulk-post.ts';
import { countQueries } from './support/query-counter.ts';

/**
 * One bulk letter to 100,000 mailboxes: citizens generated in bulk (fictitious, is_test, valid-format
 * CPR numbers, signed up for digital post, each with a mailbox), sent through the post module's real
 * bulk-letter path (BulkLetterService.create with "everyone", its chunk job on the queue's workers,
 * one message and one `post.message-sent` delivery to notify's queue per recipient, the progress read polled), next to the ceiling
 * on the same machine in the same run: the same message rows and the same queue job rows written by
 * raw `insert … select` (rolled back). Prints messages/s of both, the ratio (target: at least 25 % of
 * the ceiling), statements per message and memory.
 *
 *   node --import tsx bench/bulk-post.ts                  # PGlite; with DATABASE_URL also PostgreSQL
 *   node --import tsx bench/bulk-post.ts --db=postgres    # or BENCH_DB=pglite|postgres|both
 *
 * By default the bulk path runs for at most BENCH_BULK_SECONDS (90) per database and the rest of the
 * letter is then cancelled (the rate is the pace until then), so a default run stays within minutes.
 * The whole letter, to the last recipient, on PostgreSQL:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test BENCH_BULK_SECONDS=0 node --import tsx bench/bulk-post.ts --db=postgres
 *
 * Settings: BENCH_RECIPIENTS (100,000), BENCH_BULK_SECONDS (90; 0 = until done), BENCH_DB.
 */
const recipients = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const budgetSeconds = Number(process.env.BENCH_BULK_SECONDS ?? 90);
const TARGET_SHARE = 0.25;
const queries = countQueries();

async function run(database: BenchDatabase): Promise<void> {
  const name = database === 'postgres' ? 'PostgreSQL' : 'PGlite';
  console.log(`\n-- ${name}: one bulk letter to ${recipients.toLocaleString('en')} mailboxes`);
  // PGlite in a data folder, as the application runs it (DATA_DIR): an in-memory PGlite keeps the whole database in
  // the process's memory, which is what the resident size measured before (2.2 GB for 100,000 recipients)
  const folder = database === 'pglite' ? mkdtempSync(join(tmpdir(), 'raadhus-bulk-')) : undefined;
  const app = await startBenchApp(database, folder ? { reuse: join(folder, 'data') } : {});
  try {
    const db = app.raadhus.database.db;
    const started = performance.now();
    await generateCitizens(db, recipients);
    await analyse(db);
    console.log(
      `generated ${recipients.toLocaleString('en')} citizens (signed up, with mailboxes) in ${secondsSince(started)} s`,
    );
    const { staff } = await app.raadhus.services.identity.testIdentities();
    const caseworker = staff.find((member) => member.roles.includes('caseworker') && member.departmentId)!;
    const actor: Principal = {
      kind: 'staff',
      id: caseworker.id,
      name: caseworker.name,
      roles: caseworker.roles,
      departmentId: caseworker.departmentId,
    };
    const department = (await app.raadhus.services.post.department(caseworker.departmentId))!;

    const queriesBefore = queries.read();
    const sourcesBefore = queries.bySource();
    const bulk = await runBulkLetter(app.raadhus, actor, budgetSeconds, (line) => console.log(line));
    const statementsPerMessage = (queries.read() - queriesBefore) / Math.max(bulk.messages, 1);
    const bySource = [...queries.bySource()]
      .map(([source, total]) => ({ source, statements: total - (sourcesBefore.get(source) ?? 0) }))
      .filter((row) => row.statements > 0);
    const perMessage = (statements: number) => Number((statements / Math.max(bulk.messages, 1)).toFixed(2));
    // the letter's own: its chunk jobs, and outside any queue work its creation, the progress polls and the queue's
    // polling; the rest is what its letters cause (event deliveries to the subscribers, the notifications' dispatch)
    const own = (source: string) => source === 'post.bulk-letter-chunk' || source === 'other';
    const ownStatements = bySource.filter((row) => own(row.source)).reduce((sum, row) => sum + row.statements, 0);
    const subscriberStatements = bySource
      .filter((row) => !own(row.source))
      .reduce((sum, row) => sum + row.statements, 0);
    const ceiling = await measureCeiling(
      app.raadhus,
      actor,
      department,
      await someBulkId(app.raadhus.services.post.bulk, actor),
    );

    console.log(`\nBulk letter on ${name}: ${bulk.total.toLocaleString('en')} recipients`);
    console.table([
      {
        path: 'raw INSERT … SELECT of the message and job rows (ceiling)',
        messages: ceiling.messages,
        'queue jobs': ceiling.jobs,
        seconds: ceiling.seconds,
        'messages/s': ceiling.perSecond,
      },
      {
        path: `bulk-letter service + chunk job${bulk.stoppedEarly ? ` (stopped after ${budgetSeconds} s)` : ''}`,
        messages: bulk.messages,
        'queue jobs': bulk.jobs,
        seconds: bulk.seconds,
        'messages/s': bulk.perSecond,
      },
    ]);
    const share = bulk.perSecond / ceiling.perSecond;
    console.log(
      `bulk path: ${(share * 100).toFixed(2)} % of the ceiling; target at least ${TARGET_SHARE * 100} %: ${share >= TARGET_SHARE ? 'met' : 'NOT met'}`,
    );
    console.log(
      `bulk path: ${perMessage(ownStatements).toFixed(2)} statements to the database per message sent (the letter's chunk jobs, its creation, the progress polls and the queue's own polling); status ${bulk.status}, failed ${bulk.failed}`,
    );
    console.log(
      `what the letters caused while the letter ran (event deliveries to the subscribers, one transaction each; notification dispatch): ${perMessage(subscriberStatements).toFixed(2)} statements per message; all statements in the window: ${statementsPerMessage.toFixed(2)} per message`,
    );
    console.table(
      bySource
        .sort((a, b) => b.statements - a.statements)
        .map((row) => ({ ...row, 'per message': perMessage(row.statements) })),
    );
    if (bulk.stoppedEarly)
      console.log(
        `at this pace the whole letter takes about ${Math.round(bulk.total / Math.max(bulk.perSecond, 1) / 60)} min (the ceiling: ${Math.round(bulk.total / ceiling.perSecond)} s)`,
      );
    console.log('memory of the benchmark process:', memoryFigures());
  } finally {
    await app.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

/** The ceiling's rows name a bulk letter (the foreign key), so they point at the one just sent. */
async function someBulkId(
  bulk: { list(actor: Principal): Promise<Array<{ id: string }>> },
  actor: Principal,
): Promise<string> {
  return (await bulk.list(actor))[0].id;
}

for (const database of benchDatabases()) await run(database);
