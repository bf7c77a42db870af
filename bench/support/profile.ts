import { fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { summariseProfile } from './profile-summary.ts';

/**
 * Profiles the app under load (not a benchmark of record: `npm run bench` is). The app runs in a child process
 * (bench/support/profile-target.ts) with the bare hello-world server beside it; this process only generates the
 * load, so the app's profile holds the app alone. For each route: the share of the bare server's throughput in the
 * same run, the statements per request, the time by part of the request and the heaviest frames. Profiles are kept
 * in data/profiles/<name>.cpuprofile (open them in Chrome DevTools or speedscope for a flame graph).
 *
 *   node --import tsx bench/support/profile.ts [route ...]     # routes: start, inbox, status; BENCH_DB=postgres
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const folder = 'data/profiles';
mkdirSync(folder, { recursive: true });

interface Ready {
  database: string;
  sizes: Record<string, number>;
  url: string;
  bare: string;
  cookies: string[];
  statusIds: string[];
  apiKey: string;
}
const target = fork(fileURLToPath(new URL('./profile-target.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx'],
  env: process.env,
});
const next = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const listener = (message: { type: string }) => {
      if (message.type !== type) return;
      target.off('message', listener);
      resolve(message as T);
    };
    target.on('message', listener);
  });
const ready = await next<Ready>('ready');
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

type Load = { url: string; path: () => string; headers: () => Record<string, string> };
const loads: Record<string, Load> = {
  bare: { url: ready.bare, path: () => '/hello', headers: () => ({}) },
  start: { url: ready.url, path: () => '/', headers: () => ({ accept: 'text/html' }) },
  inbox: { url: ready.url, path: () => '/post', headers: () => ({ accept: 'text/html', cookie: pick(ready.cookies) }) },
  status: {
    url: ready.url,
    path: () => `/api/v1/messages/${pick(ready.statusIds)}`,
    headers: () => ({ accept: 'application/json', authorization: `Bearer ${ready.apiKey}` }),
  },
};

async function load(name: string): Promise<{ rps: number; p99: number; failed: number; requests: number }> {
  const chosen = loads[name];
  const result = await autocannon({
    url: chosen.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request: object) => ({ ...request, path: chosen.path(), headers: chosen.headers() }) }],
  } as never);
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

const chosenRoutes = process.argv.slice(2).length ? process.argv.slice(2) : ['start', 'inbox', 'status'];
console.log(
  `profile on ${ready.database} (${JSON.stringify(ready.sizes)}), ${connections} connections, ${seconds} s, ${availableParallelism()} cores, load ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
const baseline = await load('bare');
console.log(`bare hello world: ${baseline.rps} req/s, p99 ${baseline.p99} ms`);
for (const name of chosenRoutes) {
  const file = `${folder}/${ready.database}-${name}.cpuprofile`;
  await load(name); // warm-up: compiled code and caches, as a server that has run a while
  target.send({ type: 'start' });
  await next('started');
  const figures = await load(name);
  target.send({ type: 'stop', file });
  const { statements } = await next<{ statements: number }>('stopped');
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')));
  console.log(
    `\n== ${name}: ${figures.rps} req/s (${((figures.rps / baseline.rps) * 100).toFixed(1)} % of bare), p99 ${figures.p99} ms (${(figures.p99 / Math.max(1, baseline.p99)).toFixed(1)}× bare), ${figures.failed} failed, ${(statements / figures.requests).toFixed(2)} statements per request, CPU ${((summary.busyMs / figures.requests) * 1000).toFixed(0)} µs per request`,
  );
  console.table(summary.parts);
  console.table(summary.top);
}
target.send({ type: 'close' });
