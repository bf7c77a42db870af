import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startTestApp } from '../test/support/test-app.ts';
import { freePort } from '../test/support/test-app.ts';

/**
 * HTTP baseline: the start page (every platform hook, i18n, JSX layout) next to a hello-world route on a bare
 * Fastify server and the app's liveness route, measured in the same run on the same machine.
 * Settings: BENCH_SECONDS (default 5), BENCH_CONNECTIONS (default 10).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function measure(label: string, url: string) {
  const result = await autocannon({ url, connections, duration: seconds, headers: { accept: 'text/html' } });
  const failed = result.non2xx + result.errors + result.timeouts;
  return { label, 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99, 'req/s': Math.round(result.requests.average), 'failed': failed };
}

const bare = Fastify();
bare.get('/hello', async () => 'hello world');
const barePort = await freePort();
await bare.listen({ host: '127.0.0.1', port: barePort });
const app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' });
try {
  const rows = [
    await measure('bare Fastify hello world (baseline)', `http://127.0.0.1:${barePort}/hello`),
    await measure('Raadhus /health/live (all hooks, no page)', `${app.url}/health/live`),
    await measure('Raadhus start page / (full page render)', `${app.url}/`),
  ];
  console.log(`HTTP baseline: ${connections} connections, ${seconds} s each, database ${app.raadhus.database.embedded ? 'PGlite' : 'PostgreSQL'}`);
  console.table(rows);
  const [baseline, , page] = rows;
  console.log(`start page throughput is ${((page['req/s'] / baseline['req/s']) * 100).toFixed(1)} % of the bare hello-world baseline`);
} finally {
  await app.close();
  await bare.close();
}
