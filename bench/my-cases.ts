import {
  benchConnections,
  benchSeconds,
  report,
  sessionCookieFor,
  startBareServer,
  type RequestVariant,
} from './support/http-measure.ts';
import {
  caseId,
  caseReference,
  casesOfCitizen,
  citizenPrincipal,
  spreadCitizens,
  prepareCasesBench,
  startBenchApp,
} from './support/bulk-cases.ts';
import { checkVariants } from './support/bench-checks.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

/**
 * "My cases" and the integration API's case reads over cases and citizens generated in bulk: the
 * citizen's list (/my/cases) and case page (/my/cases/:id), rotating over 500 citizens with a session
 * each, and GET /api/v1/cases/:id (by id and by reference) for an API client, over random cases.
 * Printed next to a bare Fastify hello world and /health/live from the same run. Target: p99 < 25 ms.
 *
 * Default: PGlite with 25,000 citizens and 50,000 cases; with DATABASE_URL the PostgreSQL server with
 * 100,000 and 200,000. The full size (1,000,000 citizens, 2,000,000 cases; ~5 minutes to generate),
 * in a database of its own (the audit chain's advisory lock and the migrator see the whole database):
 *   createdb -h 127.0.0.1 -U postgres raadhus_bench
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/raadhus_bench BENCH_SCHEMA=bench_cases \
 *     BENCH_CITIZENS=1000000 BENCH_CASES=2000000 npx tsx bench/my-cases.ts
 * BENCH_SCHEMA keeps the generated schema and reuses it next time (bench/queue.ts too); drop it with
 * `drop schema bench_cases cascade`. BENCH_SECONDS, BENCH_CONNECTIONS as in every benchmark.
 */
const TARGET_MS = 25;
const SESSIONS = 500;

const bare = await startBareServer();
const app = await startBenchApp();
try {
  const raadhus = app.raadhus;
  const { database, sizes, measure } = await prepareCasesBench(raadhus);

  const citizens = spreadCitizens(sizes, SESSIONS);
  const lists: RequestVariant[] = [];
  const details: RequestVariant[] = [];
  for (const citizen of citizens) {
    const headers = { cookie: await sessionCookieFor(raadhus, citizenPrincipal(citizen)) };
    lists.push({ path: '/my/cases', headers });
    for (const row of casesOfCitizen(sizes, citizen)) details.push({ path: `/my/cases/${caseId(row)}`, headers });
  }
  const { key } = await createTestApiClient(raadhus, {
    name: 'bench line-of-business system',
    scopes: ['case:read'],
  });
  const api = { accept: 'application/json', authorization: `Bearer ${key}` };
  const randomRows = Array.from({ length: 5_000 }, () => Math.floor(Math.random() * sizes.cases));
  const byId = randomRows.map((row) => ({ path: `/api/v1/cases/${caseId(row)}` }));
  const byReference = randomRows.map((row) => ({ path: `/api/v1/cases/${caseReference(row)}` }));
  await checkVariants(app.url, 'my cases', lists);
  await checkVariants(app.url, 'my case', details);
  await checkVariants(app.url, 'API by id', byId, api);
  await checkVariants(app.url, 'API by reference', byReference, api);

  const labels = {
    list: `/my/cases (${citizens.length} citizens)`,
    detail: '/my/cases/:id (their cases)',
    byId: 'GET /api/v1/cases/:id (random cases)',
    byReference: 'GET /api/v1/cases/:reference',
  };
  const rows = [
    await measure('bare Fastify hello world (baseline)', bare.url),
    await measure('Raadhus /health/live (all hooks, no page)', `${app.url}/health/live`),
    await measure(labels.list, app.url, { variants: lists }),
    await measure(labels.detail, app.url, { variants: details }),
    await measure(labels.byId, app.url, { variants: byId, headers: api }),
    await measure(labels.byReference, app.url, { variants: byReference, headers: api }),
  ];
  report(
    `My cases and the cases API: ${benchConnections} connections, ${benchSeconds} s each, ${database}, ${sizes.cases.toLocaleString('en')} cases`,
    rows,
    Object.values(labels).map((label) => ({ label, p99Under: TARGET_MS })),
  );
} finally {
  await app.close();
  await bare.close();
}
