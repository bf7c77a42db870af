import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { PostContract } from '#platform/contracts.ts';
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

export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * TEST SEAM: a stand-in for the post module's `notificationText`, so a test can publish `post.message-sent`
 * for a message the post module never stored; the returned map holds each message's notification line.
 */
export function installFakePost(raadhus: Raadhus): Map<string, string> {
  const texts = new Map<string, string>();
  const post: Partial<PostContract> = {
    async notificationText(messageId) {
      return texts.get(messageId);
    },
  };
  (raadhus.services as unknown as { post?: Partial<PostContract> }).post = post;
  return texts;
}
