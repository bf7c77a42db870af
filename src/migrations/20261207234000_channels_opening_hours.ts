import { sql, type Kysely } from 'kysely';

/**
 * Opening hours per place (issue 10): weekly slots in versions from a valid-from day, and closures (a date range
 * with a reason). Public holidays come from the Danish calendar, not from the table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_opening_hours')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // a desk location's code (the front desk's), or a line's: 'phone', 'web-chat'
    .addColumn('place_code', 'text', (column) => column.notNull())
    .addColumn('name_da', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'date', (column) => column.notNull())
    // { "1": [{ "opens": "08:00", "closes": "12:00" }, …], …, "7": [] }
    .addColumn('week', 'jsonb', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('channels_opening_hours_version', ['place_code', 'valid_from'])
    .execute();
  await db.schema
    .createTable('channels_closures')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('place_code', 'text', (column) => column.notNull())
    .addColumn('from_day', 'date', (column) => column.notNull())
    .addColumn('to_day', 'date', (column) => column.notNull())
    .addColumn('reason_da', 'text', (column) => column.notNull())
    .addColumn('reason_en', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('channels_closures_period', sql`to_day >= from_day`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_closures').execute();
  await db.schema.dropTable('channels_opening_hours').execute();
}
