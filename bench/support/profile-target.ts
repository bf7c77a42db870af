import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { startBenchApp, type BenchDatabase } from './bench-app.ts';
import { startBareServer, sessionCookieFor } from './http-measure.ts';
import {
  analyse,
  citizenPrincipals,
  generateCitizens,
  generateMessages,
  messageIds,
  spreadIndexes,
} from './post-data.ts';
import { countQueries } from './query-counter.ts';

/**
 * The process `bench/support/profile.ts` profiles: the whole app on a small generated post data set, with the
 * bare hello-world server beside it (same process, so both meet the same machine), and no load generator of its
 * own. It takes orders over IPC: `start` a CPU profile, `stop` it into a file (with the statements sent meanwhile).
 */
const database = (process.env.BENCH_DB ?? 'pglite') as BenchDatabase;
const sizes = {
  mailboxes: Number(process.env.BENCH_MAILBOXES ?? 2_000),
  messages: Number(process.env.BENCH_MESSAGES ?? 20_000),
};
const app = await startBenchApp(database);
const db = app.raadhus.database.db;
await generateCitizens(db, sizes.mailboxes);
const departments = await app.raadhus.services.post.listDepartments();
await generateMessages(db, sizes.mailboxes, sizes.messages, {
  departmentIds: departments.map((department) => department.id),
  departmentCodes: departments.map((department) => department.code),
});
await analyse(db);
const principals = await citizenPrincipals(db, spreadIndexes(sizes.mailboxes, 100));
const cookies = await Promise.all(principals.map((principal) => sessionCookieFor(app.raadhus, principal)));
const statusIds = await messageIds(
  db,
  spreadIndexes(Math.floor(sizes.messages / departments.length), 100).map((k) => k * departments.length),
);
const client = await createTestApiClient(app.raadhus, {
  name: 'profile',
  scopes: ['post:read-department'],
  departmentId: departments[0].id,
});
const bare = await startBareServer();
const queries = countQueries();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
let queriesAtStart = 0;

process.on('message', async (order: { type: 'start' } | { type: 'stop'; file: string } | { type: 'close' }) => {
  if (order.type === 'start') {
    queriesAtStart = queries.read();
    await session.post('Profiler.start');
    process.send!({ type: 'started' });
  } else if (order.type === 'stop') {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(order.file, JSON.stringify(profile));
    process.send!({ type: 'stopped', statements: queries.read() - queriesAtStart });
  } else {
    await bare.close();
    await app.close();
    process.exit(0);
  }
});
process.send!({
  type: 'ready',
  database,
  sizes,
  url: app.url,
  bare: bare.url,
  cookies,
  statusIds,
  apiKey: client.key,
});
