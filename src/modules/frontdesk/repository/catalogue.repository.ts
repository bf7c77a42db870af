import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { FrontdeskTables, LocationTable, OpeningHoursTable, ServiceTable } from './frontdesk.tables.ts';

export const tables = (executor: Executor) => executor.withTables<FrontdeskTables>();

export const listServiceRows = (executor: Executor): Promise<ServiceTable[]> =>
  tables(executor).selectFrom('frontdesk_services').selectAll().orderBy('name_da').execute();

export const findServiceRow = (executor: Executor, code: string): Promise<ServiceTable | undefined> =>
  tables(executor).selectFrom('frontdesk_services').selectAll().where('code', '=', code).executeTakeFirst();

export const listLocationRows = (executor: Executor): Promise<LocationTable[]> =>
  tables(executor).selectFrom('frontdesk_locations').selectAll().orderBy('name_da').execute();

export const findLocationRow = (executor: Executor, code: string): Promise<LocationTable | undefined> =>
  tables(executor).selectFrom('frontdesk_locations').selectAll().where('code', '=', code).executeTakeFirst();

/**
 * The location's row, locked to the end of the transaction: bookings and tickets at one location take their
 * turn here, so the check "is the slot still free" and the insert happen as one step.
 */
export const lockLocation = (executor: Executor, code: string): Promise<LocationTable | undefined> =>
  tables(executor)
    .selectFrom('frontdesk_locations')
    .selectAll()
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();

/** The codes of the locations where a service is offered at all. */
export async function locationsOffering(executor: Executor, serviceCode: string): Promise<string[]> {
  const rows = await tables(executor)
    .selectFrom('frontdesk_availability')
    .select('location_code')
    .distinct()
    .where('service_code', '=', serviceCode)
    .execute();
  return rows.map((row) => row.location_code);
}

export const availabilityRows = (executor: Executor, serviceCode: string, locationCode: string) =>
  tables(executor)
    .selectFrom('frontdesk_availability')
    .select([
      'weekday',
      'starts',
      'ends',
      sql<string>`valid_from::text`.as('valid_from'),
      sql<string | null>`valid_to::text`.as('valid_to'),
    ])
    .where('service_code', '=', serviceCode)
    .where('location_code', '=', locationCode)
    .execute();

export const openingHourRows = (executor: Executor, locationCode: string): Promise<OpeningHoursTable[]> =>
  tables(executor)
    .selectFrom('frontdesk_opening_hours')
    .selectAll()
    .where('location_code', '=', locationCode)
    .orderBy('weekday')
    .orderBy('opens')
    .execute();

export async function insertCatalogue(
  executor: Executor,
  rows: {
    services: ServiceTable[];
    locations: LocationTable[];
    hours: OpeningHoursTable[];
    availability: Array<Omit<FrontdeskTables['frontdesk_availability'], 'id'>>;
  },
): Promise<void> {
  const db = tables(executor);
  if (rows.services.length)
    await db
      .insertInto('frontdesk_services')
      .values(rows.services)
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  if (rows.locations.length) await db.insertInto('frontdesk_locations').values(rows.locations).execute();
  if (rows.hours.length) await db.insertInto('frontdesk_opening_hours').values(rows.hours).execute();
  if (rows.availability.length) await db.insertInto('frontdesk_availability').values(rows.availability).execute();
}
