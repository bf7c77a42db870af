import { sql, type Kysely } from 'kysely';

/**
 * Daily rollups of the inquiry register and of the measured service-level items (issue 10), kept by the
 * transaction that registers or measures, so the channel-mix and service-level pages read one row per day and key
 * instead of scanning the raw rows of a period. Filled from the rows already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_inquiry_days')
    .addColumn('day', 'date', (column) => column.notNull())
    // '' for a contact without a purpose
    .addColumn('purpose_code', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('contacts', 'bigint', (column) => column.notNull())
    // of them, flagged as failure demand
    .addColumn('failure_demand', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('channels_inquiry_days_pkey', ['day', 'purpose_code', 'channel', 'direction', 'outcome'])
    .execute();
  await sql`
    insert into channels_inquiry_days (day, purpose_code, channel, direction, outcome, contacts, failure_demand)
    select (occurred_at at time zone 'Europe/Copenhagen')::date, coalesce(purpose_code, ''), channel, direction,
      outcome, sum(count), coalesce(sum(count) filter (where failure_demand is not null), 0)
    from channels_inquiries group by 1, 2, 3, 4, 5`.execute(db);

  await db.schema
    .createTable('channels_measured_days')
    // the Danish day an item counts on: the day it completed, or its deadline's while open
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('target_id', 'uuid', (column) => column.notNull().references('channels_service_targets.id'))
    .addColumn('metric', 'text', (column) => column.notNull())
    // '' for none
    .addColumn('service_code', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('items', 'bigint', (column) => column.notNull())
    .addColumn('working_days', 'bigint', (column) => column.notNull())
    .addColumn('completed', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('channels_measured_days_pkey', [
      'day',
      'target_id',
      'metric',
      'service_code',
      'department_code',
      'outcome',
    ])
    .execute();
  await sql`
    insert into channels_measured_days (day, target_id, metric, service_code, department_code, outcome, items,
      working_days, completed)
    select (coalesce(completed_at, deadline) at time zone 'Europe/Copenhagen')::date, target_id, metric,
      coalesce(service_code, ''), coalesce(department_code, ''), outcome, count(*), coalesce(sum(working_days), 0),
      count(working_days)
    from channels_measured_items group by 1, 2, 3, 4, 5, 6`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_measured_days').execute();
  await db.schema.dropTable('channels_inquiry_days').execute();
}
