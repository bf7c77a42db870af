/**
 * The app in a child process, for the crash-recovery test: started from the environment like `src/main.ts`
 * (PGlite in DATA_DIR or a schema on the PostgreSQL server), it prints `ready` once the queue runs. With
 * CRASH_LETTERS=n it first gives CRASH_CITIZENS demo citizens a mobile number and an e-mail address and
 * sends them n letters between them in one transaction (each letter: one SMS and one e-mail), then prints `sent`.
 * The parent kills it with SIGKILL while the notifications are on their way and starts it again.
 */
import pino from 'pino';
import { loadConfig } from '#src/config.ts';
import { createRaadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { citizenWithContacts } from './notify-fixtures.ts';

/** The addresses the parent counts by (kept in step with crash-recovery.test.ts). */
const crashNumber = (index: number) => `+45230000${String(index).padStart(2, '0')}`;
const crashAddress = (index: number) => `crash${index}@example.dk`;

const config = loadConfig();
const raadhus = await createRaadhus(config, pino({ level: config.LOG_LEVEL }));
process.stdout.write('ready\n');
const letters = Number(process.env.CRASH_LETTERS ?? 0);
if (letters > 0) {
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
