import type { Database } from '../../platform/db/database.ts';
import type { IdentityService } from '../identity/identity.service.ts';
import { demoCitizens } from '../identity/demo-data.ts';
import type { PostService } from './post.service.ts';

/** The demo citizens not signed up for digital post: their letters go to the print queue. */
export const demoCitizensWithoutDigitalPost = demoCitizens.slice(-2).map((citizen) => citizen.cpr);

/** Most demo citizens and every demo business are signed up for digital post; the last two citizens are not. */
export async function seedPostDemo(db: Database, identity: IdentityService, post: PostService): Promise<void> {
  const { citizens, businesses } = await identity.testIdentities();
  await db.transaction().execute(async (trx) => {
    for (const citizen of citizens) if (!demoCitizensWithoutDigitalPost.includes(citizen.cpr)) await post.recordRegistration(trx, { kind: 'person', id: citizen.id }, 'signed_up', 'demo-data');
    for (const business of businesses) await post.recordRegistration(trx, { kind: 'business', id: business.id }, 'signed_up', 'demo-data');
  });
}
