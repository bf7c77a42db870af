import { sql, type Kysely } from 'kysely';

/**
 * Service levels (issue 10): targets per service and channel in versions (valid from/to, who decided, the decision),
 * and the measured items (an inquiry answered, a case decided), each with its deadline, the target version it was
 * measured against and whether it was hit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_service_targets')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('metric', 'text', (column) => column.notNull().check(sql`metric in ('written-answer', 'case-decided')`))
    .addColumn('service_kind', 'text', (column) =>
      column.notNull().check(sql`service_kind in ('all', 'purpose', 'case-type')`),
    )
    // '' for every service of the kind `all`
    .addColumn('service_code', 'text', (column) => column.notNull())
    // a channel code, or 'any'
    .addColumn('channel', 'text', (column) => column.notNull())
    // working days to answer; null where the deadline is the case type's published processing time
    .addColumn('within_days', 'integer', (column) => column.check(sql`within_days between 1 and 365`))
    .addColumn('target_percent', 'integer', (column) => column.notNull().check(sql`target_percent between 1 and 100`))
    // cases: warn the caseworker this many working days before the deadline (the § 3 notice); null: no warning
    .addColumn('notice_days', 'integer', (column) => column.check(sql`notice_days between 1 and 60`))
    .addColumn('valid_from', 'date', (column) => column.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('decided_by', 'text', (column) => column.notNull())
    .addColumn('decision_reference', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('channels_service_targets_period', sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema
    .createIndex('channels_service_targets_key')
    .on('channels_service_targets')
    .columns(['metric', 'service_kind', 'service_code', 'channel', 'valid_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('channels_measured_items')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // what is measured, unique: `message:<inbound message id>`, `case:<case id>`
    .addColumn('source_key', 'text', (column) => column.notNull().unique())
    .addColumn('metric', 'text', (column) => column.notNull())
    .addColumn('target_id', 'uuid', (column) => column.notNull().references('channels_service_targets.id'))
    .addColumn('service_code', 'text')
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text')
    // the party by internal id, to pair a department's answer with the inquiry it answers
    .addColumn('party_kind', 'text', (column) => column.check(sql`party_kind in ('person', 'business')`))
    .addColumn('party_id', 'uuid')
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('deadline', 'timestamptz', (column) => column.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('working_days', 'integer')
    .addColumn('outcome', 'text', (column) => column.notNull().check(sql`outcome in ('pending', 'hit', 'missed')`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('channels_measured_items_deadline')
    .on('channels_measured_items')
    .columns(['deadline', 'department_code'])
    .execute();
  await db.schema
    .createIndex('channels_measured_items_open')
    .on('channels_measured_items')
    .columns(['party_id', 'department_code'])
    .where(sql.ref('outcome'), '=', 'pending')
    .execute();

  // § 3 notices: an open case found at risk of missing its published processing time, and the letter sent about it
  await db.schema
    .createTable('channels_processing_notices')
    .addColumn('case_id', 'uuid', (column) => column.primaryKey())
    .addColumn('item_id', 'uuid', (column) => column.notNull().references('channels_measured_items.id'))
    .addColumn('department_code', 'text')
    .addColumn('case_type_code', 'text', (column) => column.notNull())
    .addColumn('deadline', 'timestamptz', (column) => column.notNull())
    .addColumn('found_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('sent_by', 'text')
    .addColumn('message_id', 'uuid')
    .addColumn('expected_day', 'date')
    .execute();
  await db.schema
    .createIndex('channels_processing_notices_open')
    .on('channels_processing_notices')
    .columns(['department_code', 'deadline'])
    .where(sql.ref('sent_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_processing_notices').execute();
  await db.schema.dropTable('channels_measured_items').execute();
  await db.schema.dropTable('channels_service_targets').execute();
}
