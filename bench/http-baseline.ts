import { startTestApp } from '#test-support/test-app.ts';
import { benchConnections, benchSeconds, measure, report, startBareServer } from './support/http-measure.ts';

/**
 * HTTP baseline: the start page (every platform hook, i18n, JSX layout) next to a hello-world route on a bare
 * Fastify server and the app's liveness route, measured in the same run on the same machine.
 * Settings: BENCH_SECONDS (default 5), BENCH_CONNECTIONS (default 50).
 */
const bare = await startBareServer();
const app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' });
try {
  const rows = [
    await measure('bare Fastify hello world (baseline)', bare.url),
    await measure('Raadhus /health/live (all hooks, no page)', `${app.url}/health/live`),
    await measure('Raadhus start page / (full page render)', `${app.url}/`),
  ];
  report(
    `HTTP baseline: ${benchConnections} connections, ${benchSeconds} s each, database ${app.raadhus.database.embedded ? 'PGlite' : 'PostgreSQL'}`,
    rows,
  );
} finally {
  await app.close();
  await bare.close();
}
