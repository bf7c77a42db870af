import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { SessionStore } from '#platform/auth/session.store.ts';
import { SESSION_COOKIE } from '#platform/http/server.tsx';
import { freePort } from '#test-support/test-app.ts';

/** Settings every HTTP benchmark shares: BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 50). */
export const benchSeconds = Number(process.env.BENCH_SECONDS ?? 5);
export const benchConnections = Number(process.env.BENCH_CONNECTIONS ?? 50);

export interface Measurement {
  label: string;
  'p50 ms': number;
  'p99 ms': number;
  'req/s': number;
  failed: number;
  /** the machine's 1-minute load average when the measurement ended */
  load?: number;
}

/** One request of a rotation: a path, and the headers that go with it (e.g. the session of the citizen whose case it is). */
export interface RequestVariant {
  path: string;
  headers?: Record<string, string>;
}

/**
 * Measures one URL with autocannon. `paths` (or `variants`, paths with their own headers) rotates over
 * several requests (e.g. one per citizen), so a benchmark does not measure one hot row in the cache.
 */
export async function measure(
  label: string,
  url: string,
  options: {
    headers?: Record<string, string>;
    paths?: string[];
    variants?: RequestVariant[];
    connections?: number;
  } = {},
): Promise<Measurement> {
  const variants: RequestVariant[] | undefined = options.variants ?? options.paths?.map((path) => ({ path }));
  const result = await autocannon({
    url,
    connections: options.connections ?? benchConnections,
    duration: benchSeconds,
    headers: { accept: 'text/html', ...options.headers },
    ...(variants?.length
      ? {
          requests: [
            {
              setupRequest: (request: { path: string; headers?: Record<string, string> }) => {
                const variant = variants[Math.floor(Math.random() * variants.length)];
                return { ...request, path: variant.path, headers: { ...request.headers, ...variant.headers } };
              },
            },
          ],
        }
      : {}),
  } as autocannon.Options);
  return {
    label,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'req/s': Math.round(result.requests.average),
    failed: result.non2xx + result.errors + result.timeouts,
    load: Number(loadavg()[0].toFixed(1)),
  };
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
  const sessions = new SessionStore(
    raadhus.database.db,
    raadhus.config.SESSION_IDLE_MINUTES,
    raadhus.config.SESSION_ABSOLUTE_HOURS,
  );
  const token = await sessions.create(principal, null);
  return `${SESSION_COOKIE}=${encodeURIComponent(fastifyCookie.sign(token, raadhus.config.sessionSecret))}`;
}

export function memoryFigures(): Record<string, string> {
  const usage = process.memoryUsage();
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;
  // the machine's load next to the figures: on a shared machine, the baseline rows show how much it costs
  return {
    rss: mib(usage.rss),
    heapUsed: mib(usage.heapUsed),
    cores: String(availableParallelism()),
    'load (1 min)': loadavg()[0].toFixed(1),
  };
}

/**
 * Prints the table with each row's throughput and p99 next to the baseline's (the first row, measured in the same
 * run), the machine's load after each row, then the targets and the memory figures.
 */
export function report(
  title: string,
  rows: Measurement[],
  targets: Array<{ label: string; p99Under: number }> = [],
): void {
  console.log(
    `${title}; ${availableParallelism()} cores, load (1/5/15 min) ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')}`,
  );
  const [baseline] = rows;
  console.table(
    rows.map((row) => ({
      ...row,
      load: row.load ?? Number(loadavg()[0].toFixed(1)),
      'of baseline req/s': `${((row['req/s'] / baseline['req/s']) * 100).toFixed(1)} %`,
      'p99 × baseline': Number((row['p99 ms'] / Math.max(1, baseline['p99 ms'])).toFixed(1)),
    })),
  );
  for (const row of rows.slice(1))
    console.log(
      `${row.label}: ${((row['req/s'] / baseline['req/s']) * 100).toFixed(1)} % of the baseline's throughput`,
    );
  for (const target of targets) {
    const row = rows.find((candidate) => candidate.label === target.label);
    if (!row) continue;
    // a row without responses (every request still queued at the end) has a p99 of 0: that is not a met target
    const met = row['req/s'] > 0 && row.failed === 0 && row['p99 ms'] < target.p99Under;
    console.log(
      `target p99 < ${target.p99Under} ms for "${target.label}": ${met ? 'met' : 'NOT met'} (${row['req/s'] > 0 ? `${row['p99 ms']} ms` : 'no responses'}${row.failed ? `, ${row.failed} failed` : ''})`,
    );
  }
  console.log('memory of the benchmark process:', memoryFigures());
}
