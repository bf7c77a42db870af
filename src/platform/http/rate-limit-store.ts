import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';

/** Expired counters are deleted at most this often by each process. */
const PURGE_EVERY_MS = 5 * 60_000;

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * A store for @fastify/rate-limit in PostgreSQL, so every web process counts against the same limit. One upsert
 * per check: a fixed window per key that starts again once it has passed. Keys are hashed (no addresses or API keys
 * at rest).
 */
export function postgresRateLimitStore(db: Database, logger: Logger): FastifyRateLimitStoreCtor {
  let lastPurge = Date.now();
  async function increment(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const { rows } = await sql<{ hits: number; ttl: number }>`
      insert into rate_limit_counters as counter (key, hits, window_ends_at)
      values (${hash(key)}, 1, now() + make_interval(secs => ${timeWindow / 1000}))
      on conflict (key) do update set
        hits = case when counter.window_ends_at <= now() then 1 else counter.hits + 1 end,
        window_ends_at = case when counter.window_ends_at <= now() then excluded.window_ends_at
                              else counter.window_ends_at end
      returning hits, greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::int as ttl`.execute(db);
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      sql`delete from rate_limit_counters where window_ends_at < now() - interval '1 minute'`
        .execute(db)
        .catch((error) => logger.warn({ err: error }, 'rate-limit counters not purged'));
    }
    return { current: rows[0].hits, ttl: rows[0].ttl };
  }
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      increment(key, timeWindow).then(
        (result) => callback(null, result),
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
