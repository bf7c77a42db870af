import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { HttpProblem } from './problem.ts';
import { postgresRateLimitStore } from './rate-limit-store.ts';

const WINDOW_MS = 60_000;

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
