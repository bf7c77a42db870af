import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import * as repository from '../notify.repository.ts';
import type { NotificationRow } from '../notify.repository.ts';

/** A demo citizen (by index into demoCitizens) with the given verified contact points and choices. */
export async function citizenWithContacts(
  raadhus: Raadhus,
  index: number,
  contacts: { sms?: string; email?: string; authorities: Record<string, { sms: boolean; email: boolean }> },
) {
  const person = (await raadhus.services.identity.findPersonByCpr(demoCitizens[index].cpr))!;
  const owner = { kind: 'citizen' as const, id: person.id };
  const db = raadhus.database.db;
  for (const channel of ['sms', 'email'] as const)
    await sql`delete from notify_contact_points where owner_id = ${person.id} and channel = ${channel}`.execute(db);
  if (contacts.sms) await repository.insertVerifiedContactPoint(db, owner, 'sms', contacts.sms);
  if (contacts.email) await repository.insertVerifiedContactPoint(db, owner, 'email', contacts.email);
  for (const [code, choice] of Object.entries(contacts.authorities))
    await repository.upsertPreference(db, owner, code, choice);
  return { person, cpr: demoCitizens[index].cpr };
}

export async function notificationsFor(raadhus: Raadhus, sourceId: string): Promise<NotificationRow[]> {
  return (
    await sql<NotificationRow>`select * from notify_notifications where source_id = ${sourceId} order by channel`.execute(
      raadhus.database.db,
    )
  ).rows;
}

export { waitFor } from '#test-support/wait-for.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A letter sent through the real post module to a citizen's digital post; its new-post event goes to notify. */
export async function sendLetterTo(
  raadhus: Raadhus,
  cpr: string,
  authorityCode: string,
  notificationText?: string,
): Promise<string> {
  const department = await raadhus.services.identity.departmentByCode(authorityCode);
  const sender: Principal = {
    kind: 'client',
    id: 'notify-test',
    name: 'Test',
    roles: ['integration'],
    scopes: ['post:send'],
  };
  const message = await raadhus.database.db.transaction().execute((trx) =>
    raadhus.services.post.sendToNumber(trx, sender, {
      recipient: { kind: 'cpr', number: cpr },
      subject: 'Afgørelse',
      body: 'Brevets tekst',
      departmentId: department!.id,
      notificationText,
    }),
  );
  return message.id;
}

/** Whether the post module shows the message as notified, and by which channel first. */
export async function notifiedState(raadhus: Raadhus, messageId: string) {
  const { rows } = await sql<{
    status: string;
    notified_channel: string | null;
  }>`select status, notified_channel from post_messages where id = ${messageId}`.execute(raadhus.database.db);
  return rows[0];
}
