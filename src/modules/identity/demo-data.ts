import type { Database } from '#platform/db/database.ts';
import * as repository from './identity.repository.ts';
import { hashApiKey } from './identity.service.ts';

/** Fictitious demo municipality. Every person and business is marked `is_test`; CPR numbers have a valid format and date. */
export const demoDepartments = [
  { code: 'borgerservice', name_da: 'Borgerservice', name_en: 'Citizen Service' },
  { code: 'ydelser', name_da: 'Ydelser og Pension', name_en: 'Benefits and Pensions' },
  { code: 'teknik', name_da: 'Teknik og Miljø', name_en: 'Technical and Environmental Services' },
  { code: 'byg', name_da: 'Byggeri', name_en: 'Building Permits' },
  { code: 'boern', name_da: 'Børn og Unge', name_en: 'Children and Young People' },
  { code: 'it', name_da: 'Digitalisering og IT', name_en: 'Digitalisation and IT' },
];

const firstNames = [
  'Anne',
  'Bo',
  'Camilla',
  'Dennis',
  'Emma',
  'Frederik',
  'Gitte',
  'Hans',
  'Ida',
  'Jens',
  'Karen',
  'Lars',
  'Mette',
  'Niels',
  'Oliver',
  'Pia',
  'Rasmus',
  'Sofie',
  'Thomas',
  'Ulla',
];
const lastNames = ['Testesen', 'Prøvesen', 'Demo-Hansen', 'Eksempelsen', 'Fiktivsen'];
const streets = ['Rådhuspladsen', 'Skolevej', 'Kirkegade', 'Havnegade', 'Bøgevej'];

/** 20 test citizens: CPR numbers with real dates and century digits, names that say they are test people. */
export const demoCitizens = firstNames.map((first, index) => {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  const year = String(50 + index * 2).padStart(2, '0');
  const serial = `${index % 4}${String(100 + index * 7).slice(-3)}`;
  return {
    cpr: `${day}${month}${year}${serial}`,
    name: `${first} ${lastNames[index % lastNames.length]}`,
    address: `${streets[index % streets.length]} ${index + 1}`,
    postcode: '9999',
    city: 'Demoby',
    // one demo citizen reads English: their letters come in English
    preferred_locale: first === 'Oliver' ? ('en' as const) : ('da' as const),
  };
});

/**
 * Five test businesses with CVR numbers that pass the modulus 11 check, then two public authorities with their real
 * CVR numbers and company forms (letters to and from them are listed as an authority's, by name).
 */
export const demoBusinesses = [
  { cvr: '29189838', name: 'Demo Tømrer ApS', address: 'Industrivej 1, 9999 Demoby', company_form: 'Anpartsselskab' },
  { cvr: '10000009', name: 'Eksempel Bageri I/S', address: 'Torvet 3, 9999 Demoby', company_form: 'Interessentskab' },
  { cvr: '10000017', name: 'Prøve Vognmand A/S', address: 'Havnen 7, 9999 Demoby', company_form: 'Aktieselskab' },
  { cvr: '10000025', name: 'Test Rengøring ApS', address: 'Skolevej 12, 9999 Demoby', company_form: 'Anpartsselskab' },
  {
    cvr: '10000033',
    name: 'Fiktiv Byggerådgivning A/S',
    address: 'Kirkegade 2, 9999 Demoby',
    company_form: 'Aktieselskab',
  },
  {
    cvr: '25798376',
    name: 'Miljøstyrelsen',
    address: 'Tolderlundsvej 5, 5000 Odense C',
    company_form: 'Statslig administrativ enhed',
  },
  { cvr: '29190623', name: 'Region Hovedstaden', address: 'Kongens Vænge 2, 3400 Hillerød', company_form: 'Region' },
];

export const demoStaff = [
  {
    subject: 'staff-caseworker-1',
    name: 'Sara Sagsbehandler',
    email: 'sara@demo.kommune.dk',
    department: 'ydelser',
    roles: ['caseworker'],
  },
  {
    subject: 'staff-caseworker-2',
    name: 'Kasper Kollega',
    email: 'kasper@demo.kommune.dk',
    department: 'ydelser',
    roles: ['caseworker'],
  },
  {
    subject: 'staff-caseworker-3',
    name: 'Tina Teknik',
    email: 'tina@demo.kommune.dk',
    department: 'teknik',
    roles: ['caseworker'],
  },
  {
    subject: 'staff-caseworker-4',
    name: 'Bent Byg',
    email: 'bent@demo.kommune.dk',
    department: 'byg',
    roles: ['caseworker'],
  },
  {
    subject: 'staff-front-desk-1',
    name: 'Freja Borgerservice',
    email: 'freja@demo.kommune.dk',
    department: 'borgerservice',
    roles: ['front_desk'],
  },
  {
    subject: 'staff-manager-1',
    name: 'Lone Leder',
    email: 'lone@demo.kommune.dk',
    department: 'ydelser',
    roles: ['manager'],
  },
  {
    subject: 'staff-system-owner-1',
    name: 'Søren Systemejer',
    email: 'soren@demo.kommune.dk',
    department: 'it',
    roles: ['system_owner'],
  },
  {
    subject: 'staff-admin-1',
    name: 'Ali Administrator',
    email: 'ali@demo.kommune.dk',
    department: 'it',
    roles: ['administrator'],
  },
];

/** Departments always exist (they are reference data); people, businesses and staff only when demo data is on. */
export async function seedDepartments(db: Database): Promise<void> {
  for (const department of demoDepartments) await repository.insertDepartment(db, department);
}

/**
 * The demo integration client's key: fixed and documented (README) so the demo and the tests can call the
 * API at once. Demo data only: never seeded in production, where DEMO_DATA is off.
 */
export const DEMO_API_KEY = 'rh_demo_key_for_tests_and_demo_only';

export async function seedDemoApiClient(db: Database, scopes: string[]): Promise<void> {
  await repository.insertApiClient(db, {
    name: 'Demo-fagsystem (demodata)',
    key_hash: hashApiKey(DEMO_API_KEY),
    scopes,
  });
}

export async function seedIdentityDemo(db: Database): Promise<void> {
  for (const citizen of demoCitizens) await repository.upsertPerson(db, { ...citizen, is_test: true });
  for (const business of demoBusinesses) await repository.upsertBusiness(db, { ...business, is_test: true });
  for (const member of demoStaff) {
    const department = await repository.findDepartmentByCode(db, member.department);
    await repository.upsertStaff(db, {
      subject: member.subject,
      name: member.name,
      email: member.email,
      department_id: department?.id ?? null,
      roles: member.roles,
      is_test: true,
    });
  }
}
