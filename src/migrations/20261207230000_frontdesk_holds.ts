import { sql, type Kysely } from 'kysely';

/**
 * Front desk, booking in earnest: a slot is held for the minutes the citizen needs to confirm (a hold counts as
 * taken until it expires), and a cancelled appointment keeps its counter until its quarantine ends, so a slot
 * freed a moment ago is not snapped up by a script. Who cancelled and when is kept with the appointment.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('frontdesk_holds')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_code', 'text', (column) => column.notNull().references('frontdesk_services.code'))
    .addColumn('location_code', 'text', (column) => column.notNull().references('frontdesk_locations.code'))
    // the principal who holds it: only they may confirm it
    .addColumn('holder_id', 'text', (column) => column.notNull())
    .addColumn('persons', 'integer', (column) => column.notNull().check(sql`persons between 1 and 10`))
    .addColumn('starts_at', 'timestamptz', (column) => column.notNull())
    .addColumn('ends_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('frontdesk_holds_location')
    .on('frontdesk_holds')
    .columns(['location_code', 'expires_at'])
    .execute();
  await db.schema.alterTable('frontdesk_appointments').addColumn('cancelled_at', 'timestamptz').execute();
  await db.schema
    .alterTable('frontdesk_appointments')
    .addColumn('cancelled_by', 'text', (column) => column.check(sql`cancelled_by in ('citizen', 'staff')`))
    .execute();
  // until then the cancelled visit still holds its counter (the quarantine)
  await db.schema.alterTable('frontdesk_appointments').addColumn('freed_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['freed_at', 'cancelled_by', 'cancelled_at'])
    await db.schema.alterTable('frontdesk_appointments').dropColumn(column).execute();
  await db.schema.dropTable('frontdesk_holds').execute();
}
