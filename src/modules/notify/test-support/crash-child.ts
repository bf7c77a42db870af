/**
 * The app in a child process, for the crash-recovery test: started from the environment like `src/main.ts`
 * (PGlite in DATA_DIR or a schema on the PostgreSQL server), it prints `ready` once the queue runs. With
 * CRASH_LETTERS=n it first gives CRASH_CITIZENS demo citizens a mobile number and an e-mail address and
 * sends them n letters between them in one transaction (each letter: one SMS and one e-mail), then prints `sent`.
 * The parent kills it with SIGKILL while the notifications are on their way and starts it again; once no
 * notification waits and no notify job is unfinished, it prints `finished`.
 */
import pino from 'pino';
import { sql } from 'kysely';
import { loadConfig } from '#src/config.ts';
import { createRaadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { queueSchemaOf } from '#platform/queue/pg-boss-connection.ts';
import { subscriptionQueue } from '#platform/events/subscription.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { citizenWithContacts, sleep } from './notify-fixtures.ts';

/** The addresses the parent counts by (kept in step with crash-recovery.test.ts). */
const crashNumber = (index: number) => `+45230000${String(index).padStart(2, '0')}`;
const crashAddress = (index: number) => `crash${index}@example.dk`;

const config = loadConfig();
const raadhus = await createRaadhus(config, pino({ level: config.LOG_LEVEL }));
process.stdout.write('ready\n');
const db = raadhus.database.db;
const jobs = sql.table(`${queueSchemaOf(raadhus.database)}.job`);
const count = async (query: ReturnType<typeof sql<{ count: number }>>) => (await query.execute(db)).rows[0].count;
const letters = Number(process.env.CRASH_LETTERS ?? 0);
if (letters > 0) {
  // The demo letters (and the demo cases' letters) are notified from the queue, to the contact points their
  // citizens have when the event is handled: the test's numbers are given only after the last one was, or a
  // demo letter is notified to a test number (seen once on the PostgreSQL server: 25 SMS for 24 letters).
  const notifyQueue = subscriptionQueue('notify', PostMessageSent.name);
  while (
    (await count(sql`select count(*)::int as count from ${jobs}
      where name = ${notifyQueue} and state in ('created', 'retry', 'active')`)) > 0
  )
    await sleep(200);
  const citizens = Number(process.env.CRASH_CITIZENS ?? 5);
  const people: Array<{ cpr: string }> = [];
  for (let index = 0; index < citizens; index++)
    people.push(
      await citizenWithContacts(raadhus, index, {
        sms: crashNumber(index),
        email: crashAddress(index),
        authorities: { ydelser: { sms: true, email: true } },
      }),
    );
  // all letters in one transaction: their notifications start together, once the parent is told `sent`
  const department = await raadhus.services.identity.departmentByCode('ydelser');
  const sender: Principal = {
    kind: 'client',
    id: 'crash-test',
    name: 'Test',
    roles: ['integration'],
    scopes: ['post:send'],
  };
  await raadhus.database.db.transaction().execute(async (trx) => {
    for (let letter = 0; letter < letters; letter++)
      await raadhus.services.post.sendToNumber(trx, sender, {
        recipient: { kind: 'cpr', number: people[letter % citizens].cpr },
        subject: 'Afgørelse',
        body: 'Brevets tekst',
        departmentId: department!.id,
        notificationText: `Brev nummer ${letter}`,
      });
  });
  process.stdout.write('sent\n');
}
process.on('SIGTERM', () => void raadhus.close().then(() => process.exit(0)));
while (
  (await count(sql`select count(*)::int as count from notify_notifications where status in ('queued', 'sending')`)) +
    (await count(sql`select count(*)::int as count from ${jobs}
      where name like 'notify.%' and state in ('created', 'retry', 'active')`)) >
  0
)
  await sleep(250);
process.stdout.write('finished\n');
