import { sql } from 'kysely';
import type { Database } from '#platform/db/database.ts';

/** Tables whose rows change by design on every request (session touch); only their row count is compared. */
const volatileTables = new Set(['sessions']);
/** Request bookkeeping that every request changes, refused ones included (rate-limit counts): not stored data. */
const ignoredTables = new Set(['rate_limit_counters']);

/**
 * Audit rows of a read: a refused form that shows its page again (with the errors) to a caller who may read the
 * record writes one, by design. The fuzz test counts them as bookkeeping; the ownership sweep does not (a wrong owner
 * must read nothing).
 */
const readAuditActions = ['case:read', 'case:queue', 'case-document:read', 'person:read', 'post:read'];

/*
 * An idempotency key sent with a refused request keeps the refusal (4xx) as its answer, so a retry gets the same
 * answer (a refusal found in the handler, e.g. a MeMo document that fails its schema, comes after the key is
 * claimed): bookkeeping of the request, not stored data, and left out of the fingerprint below.
 */

/**
 * A fingerprint of every table in the application's schema: row count and a hash of the content (found via
 * information_schema, so tables added by any module are included). Equal snapshots mean nothing was stored,
 * changed or deleted.
 */
export async function snapshotTables(
  db: Database,
  options: { withoutReadAudits?: boolean } = {},
): Promise<Record<string, string>> {
  await queueSettled(db);
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const snapshot: Record<string, string> = {};
  for (const { table_name: table } of tables.rows) {
    if (ignoredTables.has(table)) continue;
    const source =
      options.withoutReadAudits && table === 'audit_log'
        ? sql`(select * from audit_log where ${sql.ref('action')} not in (${sql.join(readAuditActions)}))`
        : table === 'idempotency_keys'
          ? sql`(select * from idempotency_keys where status_code is null or status_code < 400)`
          : sql.table(table);
    const row = volatileTables.has(table)
      ? (await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(db)).rows[0]
      : // a sum of the rows' 64-bit hashes: the same for the same rows in any order, as a sorted digest would be,
        // without sorting every table as text (the fuzz test takes a snapshot after each of its ~260 routes)
        (
          await sql<{
            count: number;
            digest: string | null;
          }>`select count(*)::int as count, sum(hashtextextended(t::text, 0))::text as digest from ${source} t`.execute(
            db,
          )
        ).rows[0];
    snapshot[table] = `${row.count} ${'digest' in row ? (row.digest ?? '') : ''}`.trim();
  }
  return snapshot;
}

/**
 * Waits until no job is due or running in the application's queue (`<schema>_queue`, see platform/queue): the
 * demo data's letters and their notifications are handled in the background after start-up, and a snapshot
 * taken meanwhile would see their changes as the test's.
 */
export async function queueSettled(db: Database, timeoutMs = 60_000): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const jobs = sql.id(`${rows[0].schema === 'public' ? 'raadhus' : rows[0].schema}_queue`, 'job');
  const started = Date.now();
  for (let idleRounds = 0; idleRounds < 2 && Date.now() - started < timeoutMs; ) {
    const pending = await sql<{
      count: number;
    }>`select count(*)::int as count from ${jobs} where state in ('created', 'retry', 'active') and start_after <= now()`
      .execute(db)
      .then((result) => result.rows[0].count)
      .catch(() => 0); // no queue installed: nothing runs in the background
    idleRounds = pending === 0 ? idleRounds + 1 : 0;
    // idle twice, a moment apart: a job that just finished may have queued the next one (an event's deliveries)
    if (idleRounds < 2) await new Promise((resolve) => setTimeout(resolve, pending === 0 ? 25 : 100));
  }
}

/** Names the tables that differ between two snapshots, with before/after. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}
