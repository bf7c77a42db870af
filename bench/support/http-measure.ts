import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Raadhus } from '../../src/app.ts';
import type { Principal } from '../../src/platform/auth/principal.ts';
import { SessionStore } from '../../src/platform/auth/session.store.ts';
import { SESSION_COOKIE } from '../../src/platform/http/server.tsx';
import { freePort } from '../../test/support/test-app.ts';

/** Settings every HTTP benchmark shares: BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 50). */
export const benchSeconds = Number(process.env.BENCH_SECONDS ?? 5);
export const benchConnections = Number(process.env.BENCH_CONNECTIONS ?? 50);

export interface Measurement {
  label: string;
  'p50 ms': number;
  'p99 ms': number;
  'req/s': number;
  failed: number;
}

/**
 * Measures one URL with autocannon. `requests` rotates over several paths (e.g. one per citizen), so a
 * benchmark does not measure one hot row in the cache.
 */
export async function measure(label: string, url: string, options: { headers?: Record<string, string>; paths?: string[]; connections?: number } = {}): Promise<Measurement> {
  const paths = options.paths;
  const result = await autocannon({
    url,
    connections: options.connections ?? benchConnections,
    duration: benchSeconds,
    headers: { accept: 'text/html', ...options.headers },
    ...(paths?.length ? { requests: [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) }] } : {}),
  } as autocannon.Options);
  return { label, 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99, 'req/s': Math.round(result.requests.average), failed: result.non2xx + result.errors + result.timeouts };
}

/** The baseline: a hello-world route on a bare Fastify server in the same process, measured in the same run. */
export async function startBareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const bare: FastifyInstance = Fastify();
  bare.get('/hello', async () => 'hello world');
  const port = await freePort();
  await bare.listen({ host: '127.0.0.1', port });
  return { url: `http://127.0.0.1:${port}/hello`, close: () => bare.close() };
}

/**
 * A logged-in session for a principal, created the way the login callback creates it, as a Cookie header.
 * Benchmarks use it for people generated in bulk, who are not in the test identity provider's list.
 */
export async function sessionCookieFor(raadhus: Raadhus, principal: Principal): Promise<string> {
  const sessions = new SessionStore(raadhus.database.db, raadhus.config.SESSION_IDLE_MINUTES, raadhus.config.SESSION_ABSOLUTE_HOURS);
  const token = await sessions.create(principal, null);
  return `${SESSION_COOKIE}=${encodeURIComponent(fastifyCookie.sign(token, raadhus.config.sessionSecret))}`;
}

export function memoryFigures(): Record<string, string> {
  const usage = process.memoryUsage();
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;
  return { rss: mib(usage.rss), heapUsed: mib(usage.heapUsed) };
}

/** Prints the table, the memory figures, and each row's throughput as a share of the baseline (the first row). */
export function report(title: string, rows: Measurement[], targets: Array<{ label: string; p99Under: number }> = []): void {
  console.log(title);
  console.table(rows);
  const [baseline] = rows;
  for (const row of rows.slice(1)) console.log(`${row.label}: ${((row['req/s'] / baseline['req/s']) * 100).toFixed(1)} % of the baseline's throughput`);
  for (const target of targets) {
    const row = rows.find((candidate) => candidate.label === target.label);
    // no request completed in the run (each took longer than the run) reads as p99 0 ms: not met
    if (row && row['req/s'] === 0 && row['p99 ms'] === 0) console.log(`target p99 < ${target.p99Under} ms for "${target.label}": NOT met (no request completed in ${benchSeconds} s)`);
    else if (row) console.log(`target p99 < ${target.p99Under} ms for "${target.label}": ${row['p99 ms'] < target.p99Under ? 'met' : 'NOT met'} (${row['p99 ms']} ms)`);
  }
  console.log('memory of the benchmark process:', memoryFigures());
}
