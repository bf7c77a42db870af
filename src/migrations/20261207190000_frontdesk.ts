import { sql, type Kysely } from 'kysely';

/**
 * Front desk: the services citizens book (each bound to an inquiry purpose), the locations with their opening
 * hours and counters, when each service is offered where (weekday patterns), the appointments, and the walk-in
 * tickets. A location row is the lock a booking and a ticket take, so two citizens never get the same last slot.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('frontdesk_services')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('purpose_code', 'text', (column) => column.notNull())
    .addColumn('name_da', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    // 1 person takes first_minutes, each further person extra_minutes (1 person 15 min, 2 persons 25 min …)
    .addColumn('first_minutes', 'integer', (column) => column.notNull().check(sql`first_minutes between 5 and 240`))
    .addColumn('extra_minutes', 'integer', (column) => column.notNull().check(sql`extra_minutes between 0 and 240`))
    .addColumn('max_persons', 'integer', (column) => column.notNull().check(sql`max_persons between 1 and 10`))
    .addColumn('notice_hours', 'integer', (column) => column.notNull().check(sql`notice_hours >= 0`))
    .addColumn('days_ahead', 'integer', (column) => column.notNull().check(sql`days_ahead between 1 and 365`))
    .addColumn('bring_da', 'text', (column) => column.notNull())
    .addColumn('bring_en', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('frontdesk_locations')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('name_da', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('address', 'text', (column) => column.notNull())
    // the department whose staff run the desk (their day plan and queue)
    .addColumn('department_id', 'uuid')
    .addColumn('counters', 'integer', (column) => column.notNull().check(sql`counters between 1 and 50`))
    .execute();

  // Opening hours: several rows a weekday for several opening slots (ISO weekday 1 = Monday).
  await db.schema
    .createTable('frontdesk_opening_hours')
    .addColumn('location_code', 'text', (column) => column.notNull().references('frontdesk_locations.code'))
    .addColumn('weekday', 'integer', (column) => column.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('opens', 'text', (column) => column.notNull())
    .addColumn('closes', 'text', (column) => column.notNull())
    .execute();

  // When a service is offered at a location: a weekday window, valid from a day (to a day).
  await db.schema
    .createTable('frontdesk_availability')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_code', 'text', (column) => column.notNull().references('frontdesk_services.code'))
    .addColumn('location_code', 'text', (column) => column.notNull().references('frontdesk_locations.code'))
    .addColumn('weekday', 'integer', (column) => column.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('starts', 'text', (column) => column.notNull())
    .addColumn('ends', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'date', (column) => column.notNull())
    .addColumn('valid_to', 'date')
    .execute();

  await db.schema
    .createTable('frontdesk_appointments')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_code', 'text', (column) => column.notNull().references('frontdesk_services.code'))
    .addColumn('location_code', 'text', (column) => column.notNull().references('frontdesk_locations.code'))
    .addColumn('person_id', 'uuid', (column) => column.notNull())
    .addColumn('persons', 'integer', (column) => column.notNull().check(sql`persons between 1 and 10`))
    .addColumn('starts_at', 'timestamptz', (column) => column.notNull())
    .addColumn('ends_at', 'timestamptz', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('booked', 'arrived', 'served', 'no-show', 'cancelled')`),
    )
    .addColumn('booked_by', 'text', (column) => column.notNull().check(sql`booked_by in ('citizen', 'staff')`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('changed_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  // One open booking per person per service, whatever the code path: the database says no to a second.
  await sql`create unique index frontdesk_appointments_one_open
    on frontdesk_appointments (person_id, service_code) where status = 'booked'`.execute(db);
  await db.schema
    .createIndex('frontdesk_appointments_day')
    .on('frontdesk_appointments')
    .columns(['location_code', 'starts_at'])
    .execute();

  await db.schema
    .createTable('frontdesk_tickets')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('location_code', 'text', (column) => column.notNull().references('frontdesk_locations.code'))
    .addColumn('service_code', 'text', (column) => column.notNull().references('frontdesk_services.code'))
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('waiting', 'called', 'served')`))
    .addColumn('counter', 'integer')
    .addColumn('taken_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('called_at', 'timestamptz')
    .addColumn('served_at', 'timestamptz')
    .addUniqueConstraint('frontdesk_tickets_number', ['location_code', 'day', 'number'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'frontdesk_tickets',
    'frontdesk_appointments',
    'frontdesk_availability',
    'frontdesk_opening_hours',
    'frontdesk_locations',
    'frontdesk_services',
  ])
    await db.schema.dropTable(table).execute();
}
