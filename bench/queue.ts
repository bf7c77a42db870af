import {
  benchConnections,
  benchSeconds,
  report,
  sessionCookieFor,
  startBareServer,
  type RequestVariant,
} from './support/http-measure.ts';
import { benchCaseworkers, prepareCasesBench, startBenchApp } from './support/bulk-cases.ts';
import { checkVariants } from './support/bench-checks.ts';

/**
 * The caseworker's work queue (/staff/cases) over cases generated in bulk: its default (the
 * department's open cases by deadline), a few filter and sort combinations, and a deep page, rotating
 * over the caseworkers of every department. Printed next to a bare Fastify hello world and
 * /health/live from the same run. Target: p99 < 50 ms.
 *
 * Default: PGlite with 25,000 citizens and 50,000 cases; with DATABASE_URL the PostgreSQL server with
 * 100,000 and 200,000. The full size, reusing what bench/my-cases.ts generated (or generating it):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/raadhus_bench BENCH_SCHEMA=bench_cases \
 *     BENCH_CITIZENS=1000000 BENCH_CASES=2000000 npx tsx bench/queue.ts
 * BENCH_SECONDS, BENCH_CONNECTIONS as in every benchmark.
 */
const TARGET_MS = 50;
const PAGE_SIZE = 25;

const bare = await startBareServer();
const app = await startBenchApp();
try {
  const raadhus = app.raadhus;
  const { database, sizes, measure } = await prepareCasesBench(raadhus);

  const { caseworkers, smallestQueue } = await benchCaseworkers(raadhus);
  if (!caseworkers.length) throw new Error('no caseworker has generated cases in their department');
  const sessions = await Promise.all(
    caseworkers.map(async (principal) => ({ cookie: await sessionCookieFor(raadhus, principal) })),
  );
  // deep: four fifths into the smallest department's queue, so the page exists in every department
  const deepPage = Math.max(2, Math.floor((smallestQueue * 0.8) / PAGE_SIZE));
  console.log(
    `${caseworkers.length} caseworkers; the smallest department queue holds ${smallestQueue.toLocaleString('en')} open cases; deep page = ${deepPage}`,
  );

  const queries: Record<string, string> = {
    'queue: default (by deadline), page 1': '',
    'queue: newest received, page 1': '?sort=received',
    'queue: unassigned by reference, page 1': '?assignment=unassigned&sort=reference',
    'queue: state received, overdue, page 1': '?state=received&deadline=overdue',
    'queue: assigned to me, page 1': '?assignment=mine',
    [`queue: default, page ${deepPage}`]: `?page=${deepPage}`,
    [`queue: newest received, page ${deepPage}`]: `?sort=received&page=${deepPage}`,
  };
  const variantsOf = (query: string): RequestVariant[] =>
    sessions.map((headers) => ({ path: `/staff/cases${query}`, headers }));
  for (const [label, query] of Object.entries(queries)) await checkVariants(app.url, label, variantsOf(query));

  const rows = [
    await measure('bare Fastify hello world (baseline)', bare.url),
    await measure('Raadhus /health/live (all hooks, no page)', `${app.url}/health/live`),
  ];
  for (const [label, query] of Object.entries(queries))
    rows.push(await measure(label, app.url, { variants: variantsOf(query) }));
  report(
    `Work queue: ${benchConnections} connections, ${benchSeconds} s each, ${database}, ${sizes.cases.toLocaleString('en')} cases`,
    rows,
    Object.keys(queries).map((label) => ({ label, p99Under: TARGET_MS })),
  );
} finally {
  await app.close();
  await bare.close();
}
