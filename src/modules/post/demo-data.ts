import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import type { PostService } from './post.service.ts';
import { renderLetterPdf } from './print/letter-pdf.ts';

/** The demo citizens not signed up for digital post: their letters go to the print queue. */
export const demoCitizensWithoutDigitalPost = demoCitizens.slice(-2).map((citizen) => citizen.cpr);

/** Demo letters come from the demo line-of-business system, not from a person. */
const demoSender: Principal = {
  kind: 'client',
  id: 'demo-data',
  name: 'Demo-fagsystem',
  roles: ['integration'],
  scopes: ['post:send'],
};

/** Most demo citizens and every demo business are signed up for digital post; the last two citizens are not. */
export async function seedPostDemo(db: Database, identity: IdentityContract, post: PostService): Promise<void> {
  const { citizens, businesses } = await identity.testIdentities();
  await db.transaction().execute(async (trx) => {
    for (const citizen of citizens)
      if (!demoCitizensWithoutDigitalPost.includes(citizen.cpr))
        await post.recordRegistration(trx, { kind: 'person', id: citizen.id }, 'signed_up', 'demo-data');
    for (const business of businesses)
      await post.recordRegistration(trx, { kind: 'business', id: business.id }, 'signed_up', 'demo-data');
  });
}

/** Fixed ids: the demo letters are sent once, however many times (or processes) start on the demo data. */
const DEMO_LETTER_IDS = [
  'd0e0a000-0000-4000-8000-000000000001',
  'd0e0a000-0000-4000-8000-000000000002',
  'd0e0a000-0000-4000-8000-000000000003',
  'd0e0a000-0000-4000-8000-000000000004',
];

/**
 * Demo letters, sent once the queue runs (they enqueue notifications): the first demo citizen gets two
 * (one with a PDF that takes replies), the first demo business one, and a citizen without digital post
 * one for the print queue.
 */
export async function sendDemoLetters(db: Database, identity: IdentityContract, post: PostService): Promise<void> {
  if (await post.messageExists(DEMO_LETTER_IDS[0])) return;
  const { citizens, businesses } = await identity.testIdentities();
  const department = async (code: string) => (await post.departmentByCode(code))?.id;
  const first = citizens.find((citizen) => citizen.cpr === demoCitizens[0].cpr);
  const business = businesses.find((candidate) => candidate.cvr === '29189838');
  const unsigned = citizens.find((citizen) => citizen.cpr === demoCitizensWithoutDigitalPost[0]);
  if (!first || !business || !unsigned) return;
  const decision = await renderLetterPdf({
    recipient: { name: first.name, address: first.address, postcode: first.postcode, city: first.city },
    sender: { name: 'Demo Kommune', department: 'Ydelser og Pension', address: 'Rådhuspladsen 1, 9999 Demoby' },
    subject: 'Afgørelse om boligstøtte',
    body: 'Du får boligstøtte fra 1. januar.',
    date: new Date(),
    reference: 'S-2026-00001',
    locale: 'da',
  });
  await db.transaction().execute(async (trx) => {
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[0], {
      recipient: { personId: first.id },
      subject: 'Afgørelse om boligstøtte',
      body: `Kære ${first.name}\n\nDu får boligstøtte fra 1. januar. Afgørelsen er vedhæftet.\n\nMed venlig hilsen\nYdelser og Pension`,
      senderDepartmentId: await department('ydelser'),
      caseId: 'S-2026-00001',
      replyAllowed: true,
      attachments: [{ filename: 'afgørelse.pdf', contentType: 'application/pdf', content: decision }],
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[1], {
      recipient: { personId: first.id },
      subject: 'Ny tømningsplan for affald',
      body: 'Fra næste måned tømmes din skraldespand hver anden tirsdag.',
      senderDepartmentId: await department('teknik'),
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[2], {
      recipient: { businessId: business.id },
      subject: 'Byggetilladelse modtaget',
      body: 'Vi har modtaget jeres ansøgning om byggetilladelse og vender tilbage.',
      senderDepartmentId: await department('byg'),
      replyAllowed: true,
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[3], {
      recipient: { personId: unsigned.id },
      subject: 'Indkaldelse til samtale',
      body: 'Du indkaldes til en samtale i Borgerservice.',
      senderDepartmentId: await department('borgerservice'),
    });
  });
}
