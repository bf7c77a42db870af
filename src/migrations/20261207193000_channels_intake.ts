import { sql, type Kysely } from 'kysely';

/**
 * Channels, intake and follow-up: telephony statistics imported per day and queue (each import recorded, a day
 * and queue imported once), the register's failure-demand flag and the `import` source, and what the module
 * learns from other modules' events to flag failure demand (a party's open cases, their unread digital letters).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_telephony_imports')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('filename', 'text', (column) => column.notNull())
    .addColumn('period_from', 'date', (column) => column.notNull())
    .addColumn('period_to', 'date', (column) => column.notNull())
    .addColumn('encoding', 'text', (column) => column.notNull())
    .addColumn('rows', 'integer', (column) => column.notNull())
    .addColumn('skipped', 'integer', (column) => column.notNull())
    .addColumn('imported_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per Danish day and queue: a later file cannot count the same day twice.
  await db.schema
    .createTable('channels_telephony_days')
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('queue', 'text', (column) => column.notNull())
    .addColumn('purpose_code', 'text', (column) => column.references('channels_purposes.code'))
    .addColumn('offered', 'integer', (column) => column.notNull().check(sql`offered >= 0`))
    .addColumn('answered', 'integer', (column) => column.notNull().check(sql`answered >= 0`))
    .addColumn('answered_within', 'integer', (column) => column.notNull().check(sql`answered_within >= 0`))
    .addColumn('threshold_seconds', 'integer', (column) => column.notNull().check(sql`threshold_seconds >= 0`))
    .addColumn('abandoned', 'integer', (column) => column.notNull().check(sql`abandoned >= 0`))
    .addColumn('average_wait_seconds', 'integer', (column) => column.notNull().check(sql`average_wait_seconds >= 0`))
    .addColumn('import_id', 'uuid', (column) => column.notNull().references('channels_telephony_imports.id'))
    .addPrimaryKeyConstraint('channels_telephony_days_pk', ['day', 'queue'])
    .execute();

  await sql`alter table channels_inquiries drop constraint channels_inquiries_source_check`.execute(db);
  await sql`alter table channels_inquiries add constraint channels_inquiries_source_check
    check (source in ('event', 'staff', 'api', 'import'))`.execute(db);
  // why the contact was avoidable: `case-visible` (the case's status is on "my cases"), `letter-unread`
  await db.schema.alterTable('channels_inquiries').addColumn('failure_demand', 'text').execute();

  // Learned from cases.case-created / cases.case-closed: a party's cases, open or closed.
  await db.schema
    .createTable('channels_party_cases')
    .addColumn('case_id', 'text', (column) => column.primaryKey())
    .addColumn('party_id', 'uuid', (column) => column.notNull())
    .addColumn('case_type_code', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('channels_party_cases_party').on('channels_party_cases').column('party_id').execute();

  // Learned from post.message-sent (digital) / post.message-read: a party's digital letters and when read.
  await db.schema
    .createTable('channels_party_letters')
    .addColumn('message_id', 'text', (column) => column.primaryKey())
    .addColumn('party_id', 'uuid', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('sent_at', 'timestamptz', (column) => column.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('channels_party_letters_party')
    .on('channels_party_letters')
    .columns(['party_id', 'sent_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'channels_party_letters',
    'channels_party_cases',
    'channels_telephony_days',
    'channels_telephony_imports',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('channels_inquiries').dropColumn('failure_demand').execute();
  await sql`alter table channels_inquiries drop constraint channels_inquiries_source_check`.execute(db);
  await sql`alter table channels_inquiries add constraint channels_inquiries_source_check
    check (source in ('event', 'staff', 'api'))`.execute(db);
}
