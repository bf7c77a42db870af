import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { insertCatalogue, tables } from '../repository/catalogue.repository.ts';
import { demoOpeningHours } from '../demo-data.ts';

/** A demo citizen as a principal (the n-th of the identity module's demo citizens). */
export async function demoCitizen(raadhus: Raadhus, index: number): Promise<Principal> {
  const person = await raadhus.services.identity.findPersonByCpr(demoCitizens[index].cpr);
  if (!person) throw new Error(`the demo data has no citizen ${index}`);
  return { kind: 'citizen', id: person.id, name: person.name, cpr: person.cpr, roles: ['citizen'] };
}

/** A demo staff member as a principal, by test subject (`staff-front-desk-1`). */
export async function demoStaff(raadhus: Raadhus, subject: string): Promise<Principal> {
  const { staff } = await raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === subject);
  if (!member) throw new Error(`the demo data has no ${subject}`);
  return { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
}

/**
 * A location of its own for a test: `counters` counters, run by a department, offering the given services
 * Monday to Friday 10–15 (the demo town hall's opening hours).
 */
export async function addLocation(
  raadhus: Raadhus,
  location: { code: string; counters: number; departmentCode: string; services: string[] },
): Promise<void> {
  const department = await raadhus.services.identity.departmentByCode(location.departmentCode);
  await insertCatalogue(raadhus.database.db, {
    services: [],
    locations: [
      {
        code: location.code,
        name_da: `Teststed ${location.code}`,
        name_en: `Test place ${location.code}`,
        address: 'Testvej 1',
        department_id: department?.id ?? null,
        counters: location.counters,
      },
    ],
    hours: demoOpeningHours(location.code),
    availability: location.services.flatMap((service) =>
      [1, 2, 3, 4, 5].map((weekday) => ({
        service_code: service,
        location_code: location.code,
        weekday,
        starts: '10:00',
        ends: '15:00',
        valid_from: '2026-01-01',
        valid_to: null,
      })),
    ),
  });
}

/** How many appointments are stored (bad input must change nothing). */
export async function appointmentCount(raadhus: Raadhus): Promise<number> {
  const rows = await tables(raadhus.database.db).selectFrom('frontdesk_appointments').select('id').execute();
  return rows.length;
}

/** The booked appointments at a location, in time order. */
export async function appointmentsAt(raadhus: Raadhus, locationCode: string) {
  return tables(raadhus.database.db)
    .selectFrom('frontdesk_appointments')
    .select(['starts_at', 'person_id', 'status'])
    .where('location_code', '=', locationCode)
    .where('status', '=', 'booked')
    .orderBy('starts_at')
    .execute();
}

/** `count` citizens of their own (fictitious CPR numbers, made for the test), as principals. */
export async function manyCitizens(raadhus: Raadhus, count: number, tag = 'race'): Promise<Principal[]> {
  const offset = [...tag].reduce((sum, letter) => sum + letter.charCodeAt(0), 0) * 1000;
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const cpr = `0101${String(offset + index)
        .padStart(6, '0')
        .slice(-6)}`;
      const person = await raadhus.services.identity.ensurePerson(cpr, `Testborger ${tag} ${index + 1}`);
      return { kind: 'citizen', id: person.id, name: person.name, cpr: person.cpr, roles: ['citizen'] } as const;
    }),
  );
}
