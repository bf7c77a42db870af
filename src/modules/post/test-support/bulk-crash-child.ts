/**
 * The app in a child process for bulk-crash.test.ts: started from the environment like `src/main.ts`, it
 * prints `ready`. Bulk letters go out in chunks of BULK_CRASH_CHUNK recipients (so a few hundred recipients
 * make a dozen chunks and a kill lands between and inside them, as with 1,000-recipient chunks at 20,000);
 * after each chunk it prints `progress <pending>`, and `finished` once no chunk job is left unfinished.
 * With BULK_CRASH_RECIPIENTS=n it first adds n test people and creates a bulk letter to everyone
 * (printing `created <total>`). The parent kills it with SIGKILL and starts it again.
 */
import pino from 'pino';
import { sql } from 'kysely';
import { loadConfig } from '#src/config.ts';
import { createRaadhus } from '#src/app.ts';
import { queueSchemaOf } from '#platform/queue/pg-boss-connection.ts';
import { generateCitizens } from '../../../../bench/support/post-data.ts';
import { BulkLetterService } from '../bulk-letters.service.ts';
import { bulkChunkJob } from '../bulk-letters.jobs.ts';
import { caseworkerPrincipal } from './post-test-helpers.ts';

const chunk = Number(process.env.BULK_CRASH_CHUNK ?? 20);
const runChunk = BulkLetterService.prototype.runChunk;
BulkLetterService.prototype.runChunk = async function (bulkId, options = {}) {
  const result = await runChunk.call(this, bulkId, { limit: chunk, ...options });
  process.stdout.write(`progress ${result.remaining}\n`);
  return result;
};

const config = loadConfig();
const raadhus = await createRaadhus(config, pino({ level: config.LOG_LEVEL }));
const db = raadhus.database.db;
process.on('SIGTERM', () => void raadhus.close().then(() => process.exit(0)));
process.stdout.write('ready\n');

const recipients = Number(process.env.BULK_CRASH_RECIPIENTS ?? 0);
if (recipients > 0) {
  await generateCitizens(db, recipients);
  const { total } = await raadhus.services.post.bulk.create(await caseworkerPrincipal(raadhus), {
    subject: 'Til {{name}}',
    body: 'Kære {{name}}\nNy affaldsordning.',
    replyAllowed: false,
    source: 'everyone',
  });
  process.stdout.write(`created ${total}\n`);
}

// finished: the letter done and every chunk job completed (a dead process's job is retried once its heartbeat stops)
const unfinished = async () => {
  const { rows } = await sql<{ count: number }>`
    select (select count(*) from post_bulk_letters where status = 'running')::int
      + (select count(*) from ${sql.table(`${queueSchemaOf(raadhus.database)}.job`)}
         where name = ${bulkChunkJob.name} and state not in ('completed', 'cancelled'))::int as count`.execute(db);
  return rows[0].count;
};
while ((await unfinished()) > 0) await new Promise((resolve) => setTimeout(resolve, 250));
process.stdout.write('finished\n');
