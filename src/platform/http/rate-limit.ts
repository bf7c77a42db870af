import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit, {
  normalizeIP,
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { HttpProblem } from './problem.ts';

const WINDOW_MS = 60_000;
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

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
};
const exempt = (url: string) => url.startsWith('/static/') || url.startsWith('/health/');

/**
 * Rate limits that run first of all `onRequest` work (register before authentication): per client address on
 * every request, per presented API key, and a route's own stricter `rateLimitPerMinute` (login). Refused requests
 * count like any other, so a burst of wrong keys or anonymous calls meets 429 before a key is ever looked up.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  settings: { db: Database; logger: Logger; perMinute: number },
): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: settings.perMinute,
    timeWindow: WINDOW_MS,
    store: postgresRateLimitStore(settings.db, settings.logger),
    // A store that cannot answer lets requests through: the database being down is reported by the requests themselves.
    skipOnError: true,
  });
  const client = (request: FastifyRequest) => normalizeIP(request.ip);
  const checks = {
    perClient: app.createRateLimit({ keyGenerator: (request) => `client:${client(request)}` }),
    perApiKey: app.createRateLimit({ keyGenerator: (request) => `api-key:${bearerOf(request)}` }),
    perRoute: app.createRateLimit({
      max: (request) => request.routeOptions.config.rateLimitPerMinute ?? settings.perMinute,
      keyGenerator: (request) => `route:${request.routeOptions.url}:${client(request)}`,
    }),
  };
  app.addHook('onRequest', async (request, reply) => {
    if (exempt(request.url)) return;
    const pending = [checks.perClient(request)];
    if (bearerOf(request)) pending.push(checks.perApiKey(request));
    if (request.routeOptions.config?.rateLimitPerMinute) pending.push(checks.perRoute(request));
    let tightest: { max: number; remaining: number; ttlInSeconds: number; isExceeded: boolean } | undefined;
    for (const result of await Promise.all(pending)) {
      if (result.isAllowed || result.max === undefined) continue;
      if (!tightest || result.isExceeded || (!tightest.isExceeded && result.remaining < tightest.remaining))
        tightest = result;
    }
    if (!tightest) return;
    reply.header('x-ratelimit-limit', tightest.max);
    reply.header('x-ratelimit-remaining', tightest.remaining);
    if (!tightest.isExceeded) return;
    reply.header('retry-after', Math.max(1, tightest.ttlInSeconds));
    throw new HttpProblem(429, 'error.429.text');
  });
}
