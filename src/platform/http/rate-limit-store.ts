import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { batchPerTurn } from '../db/statement-batch.ts';

/** Expired counters are deleted at most this often by each process. */
const PURGE_EVERY_MS = 5 * 60_000;

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');

interface Count {
  current: number;
  ttl: number;
}

/**
 * One upsert for every count asked for in the same turn of the event loop: a fixed window per key that starts
 * again once it has passed. A key asked for n times adds n at once, and its callers get the counts n serial
 * upserts would have given them. Keys go in sorted, so two processes' batches lock rows in the same order.
 */
async function incrementAll(db: Database, asks: Array<{ key: string; windowMs: number }>): Promise<Count[]> {
  const perKey = new Map<string, { hits: number; windowMs: number }>();
  for (const { key, windowMs } of asks) {
    const entry = perKey.get(key);
    if (entry) entry.hits++;
    else perKey.set(key, { hits: 1, windowMs });
  }
  const keys = [...perKey.keys()].sort();
  const { rows } = await sql<{ key: string; hits: number; ttl: number }>`
    insert into rate_limit_counters as counter (key, hits, window_ends_at)
    select ask.key, ask.hits, now() + make_interval(secs => ask.seconds)
    from unnest(${keys}::text[], ${keys.map((key) => perKey.get(key)!.hits)}::int[],
                ${keys.map((key) => perKey.get(key)!.windowMs / 1000)}::float8[]) as ask(key, hits, seconds)
    on conflict (key) do update set
      hits = case when counter.window_ends_at <= now() then excluded.hits else counter.hits + excluded.hits end,
      window_ends_at = case when counter.window_ends_at <= now() then excluded.window_ends_at
                            else counter.window_ends_at end
    returning key, hits, greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::int as ttl`.execute(db);
  const totals = new Map(rows.map((row) => [row.key, row]));
  // the k-th ask of a key in this batch (counting from 0) sees the count after its own hit
  const seen = new Map<string, number>();
  return asks.map(({ key }) => {
    const before = seen.get(key) ?? 0;
    seen.set(key, before + 1);
    const total = totals.get(key)!;
    return { current: total.hits - perKey.get(key)!.hits + before + 1, ttl: total.ttl };
  });
}

/**
 * A store for @fastify/rate-limit in PostgreSQL, so every web process counts against the same limit. Every check is
 * counted in the database before the request goes on; checks made at the same time share one statement. Keys are
 * hashed (no addresses or API keys at rest).
 */
export function postgresRateLimitStore(db: Database, logger: Logger): FastifyRateLimitStoreCtor {
  let lastPurge = Date.now();
  const increment = batchPerTurn((asks: Array<{ key: string; windowMs: number }>) => incrementAll(db, asks));
  const purgeNowAndThen = () => {
    if (Date.now() - lastPurge <= PURGE_EVERY_MS) return;
    lastPurge = Date.now();
    sql`delete from rate_limit_counters where window_ends_at < now() - interval '1 minute'`
      .execute(db)
      .catch((error) => logger.warn({ err: error }, 'rate-limit counters not purged'));
  };
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: Count) => void, timeWindow: number) {
      increment({ key: hash(key), windowMs: timeWindow }).then(
        (result) => {
          purgeNowAndThen();
          callback(null, result);
        },
        (error: Error) => {
          logger.warn({ err: error }, 'rate-limit store failed; request let through');
          callback(error);
        },
      );
    }
    child() {
      return this;
    }
  };
}
