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
 * one for the print queue. Letters about cases come from the cases module's demo month.
 */
export async function sendDemoLetters(db: Database, identity: IdentityContract, post: PostService): Promise<void> {
  if (await post.messageExists(DEMO_LETTER_IDS[0])) return;
  const { citizens, businesses } = await identity.testIdentities();
  const department = async (code: string) => (await post.departmentByCode(code))?.id;
  const first = citizens.find((citizen) => citizen.cpr === demoCitizens[0].cpr);
  const business = businesses.find((candidate) => candidate.cvr === '29189838');
  const unsigned = citizens.find((citizen) => citizen.cpr === demoCitizensWithoutDigitalPost[0]);
  if (!first || !business || !unsigned) return;
  const plan = await renderLetterPdf({
    recipient: { name: first.name, address: first.address, postcode: first.postcode, city: first.city },
    sender: { name: 'Demo Kommune', department: 'Teknik og Miljø', address: 'Rådhuspladsen 1, 9999 Demoby' },
    subject: 'Ny tømningsplan for dit affald',
    body: wastePlan(first.name),
    date: new Date(),
    locale: 'da',
  });
  await db.transaction().execute(async (trx) => {
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[0], {
      recipient: { personId: first.id },
      subject: 'Ny tømningsplan for dit affald',
      body: wastePlan(first.name),
      senderDepartmentId: await department('teknik'),
      replyAllowed: true,
      attachments: [{ filename: 'tømningsplan.pdf', contentType: 'application/pdf', content: plan }],
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[1], {
      recipient: { personId: first.id },
      subject: 'Dit nye sundhedskort er på vej',
      body: `Kære ${first.name}\n\nDu har fået nyt sundhedskort, fordi du har skiftet læge. Kortet kommer med posten inden for 14 dage. Indtil da kan du bruge appen Mit Sundhedskort.\n\nDin nye læge er Lægehuset Torvet, Torvet 4, 9999 Demoby, telefon 99 99 12 34.\n\nMed venlig hilsen\nBorgerservice`,
      senderDepartmentId: await department('borgerservice'),
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[2], {
      recipient: { businessId: business.id },
      subject: 'Tilsyn med affaldshåndtering på Industrivej 1',
      body: 'Til Demo Tømrer ApS\n\nKommunen fører tilsyn med virksomheders affaldshåndtering. Vi kommer på besøg torsdag i uge 51 mellem kl. 9 og 12 og ser på, hvordan I sorterer træ, metal og farligt affald.\n\nI behøver ikke forberede noget, men vi vil gerne se jeres aftale med en godkendt indsamler af farligt affald. Passer tidspunktet ikke, så svar på brevet.\n\nMed venlig hilsen\nTeknik og Miljø',
      senderDepartmentId: await department('teknik'),
      replyAllowed: true,
    });
    await post.sendDemoLetter(trx, demoSender, DEMO_LETTER_IDS[3], {
      recipient: { personId: unsigned.id },
      subject: 'Indkaldelse til samtale om dit pas',
      body: `Kære ${unsigned.name}\n\nDu har bestilt nyt pas, men vi mangler at se dig, før vi kan sende bestillingen. Mød op i Borgerservice, Rådhuspladsen 1, mandag til fredag mellem kl. 10 og 15, og tag dit gamle pas og dit sundhedskort med.\n\nMed venlig hilsen\nBorgerservice`,
      senderDepartmentId: await department('borgerservice'),
    });
  });
}

const wastePlan = (name: string) =>
  `Kære ${name}\n\nFra den 1. januar tømmer vi din beholder til madaffald og restaffald hver anden tirsdag i lige uger. Papir og pap tømmes hver fjerde uge. Den vedhæftede plan viser alle datoer for det kommende år.\n\nStil beholderen ved skel senest kl. 6 på tømningsdagen. Har du spørgsmål til planen, kan du svare på dette brev.\n\nMed venlig hilsen\nTeknik og Miljø`;
