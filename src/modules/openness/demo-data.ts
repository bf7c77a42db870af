import type { Principal } from '#platform/auth/principal.ts';
import type { OpennessService } from './openness.service.ts';
import type { NewEntry } from './repository/post-list.repository.ts';

/** The demo's rule-maker: the post list's rules as a fresh installation gets them. */
const demoAdministrator: Principal = { kind: 'client', id: 'openness-demo', name: 'Demo', roles: ['integration'] };

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

type Letter = Omit<NewEntry, 'registered_at' | 'party_name'> & { days: number; party_name?: string };

/** Fictitious letters on cases: public ones, an internal note, a social case's letter, one too new to show. */
const letters: Letter[] = [
  {
    days: 12,
    case_reference: 'BYG-2026-0141',
    case_type_code: 'building-permit',
    case_title: 'Byggetilladelse til lagerhal, Industrivej 4',
    document_title: 'Ansøgning om byggetilladelse med tegninger',
    document_text:
      'Vi ansøger om tilladelse til at opføre en lagerhal på 1.200 m2. Kontaktperson: Jens Hansen, direkte telefon 20 30 40 50. Tegninger og statiske beregninger er vedlagt.',
    direction: 'in',
    party_category: 'business',
    party_name: 'Nordbyg ApS',
    department_code: 'byg',
  },
  {
    days: 10,
    case_reference: 'BYG-2026-0141',
    case_type_code: 'building-permit',
    case_title: 'Byggetilladelse til lagerhal, Industrivej 4',
    document_title: 'Høring af nabo om lagerhal',
    document_text:
      'Kommunen har modtaget en ansøgning om en lagerhal på naboejendommen. Du kan komme med bemærkninger inden 14 dage.',
    direction: 'out',
    party_category: 'citizen',
    department_code: 'byg',
  },
  {
    days: 9,
    case_reference: 'TEK-2026-0877',
    case_type_code: 'bulky-waste',
    case_title: 'Ordning for storskrald, kvarter 3',
    document_title: 'Udtalelse fra Miljøstyrelsen om storskrald',
    document_text: 'Miljøstyrelsen har ingen bemærkninger til den foreslåede ordning for storskrald.',
    direction: 'in',
    party_category: 'authority',
    party_name: 'Miljøstyrelsen',
    department_code: 'teknik',
  },
  {
    days: 8,
    case_reference: 'TEK-2026-0877',
    case_type_code: 'bulky-waste',
    case_title: 'Ordning for storskrald, kvarter 3',
    document_title: 'Notat om ruteplanlægning',
    document_text: 'Internt arbejdsnotat om ruter.',
    direction: 'out',
    party_category: 'authority',
    party_name: 'Kommunen',
    department_code: 'teknik',
    internal: true,
  },
  {
    days: 15,
    case_reference: 'BOE-2026-0032',
    case_type_code: 'child-welfare',
    case_title: 'Underretning',
    document_title: 'Underretning fra skole',
    document_text: 'Fortroligt.',
    direction: 'in',
    party_category: 'authority',
    party_name: 'Skolen',
    department_code: 'boern',
  },
  {
    days: 2,
    case_reference: 'TEK-2026-0901',
    case_type_code: 'resident-parking',
    case_title: 'Beboerparkering i Midtbyen',
    document_title: 'Forslag til nye zoner for beboerparkering',
    document_text: 'Forslaget udvider zonen til også at omfatte Kirkegade.',
    direction: 'out',
    party_category: 'authority',
    party_name: 'Vejdirektoratet',
    department_code: 'teknik',
  },
];

/** The demo: two closed case types (social and personnel matters) and the letters above. */
export async function seedOpennessDemo(openness: OpennessService): Promise<void> {
  for (const rule of [
    { caseTypeCode: 'child-welfare', reason: 'Sociale forhold (offentlighedsloven § 30, nr. 1)' },
    { caseTypeCode: 'personnel', reason: 'Personalesager (offentlighedsloven § 21)' },
  ])
    await openness.postList.closeCaseType(demoAdministrator, rule);
  await openness.postList.register(
    letters.map(({ days, party_name, ...letter }) => ({
      ...letter,
      party_name: party_name ?? null,
      registered_at: daysAgo(days),
    })),
  );
}
