import { sql, type Kysely } from 'kysely';

/**
 * Channels: inquiry purposes, their channel strategy in versions (offered channels, the desired channel, unit
 * costs and the target mix, each version valid from a date and never edited once written), and the inquiry
 * register after Open Klant's Klantinteracties (one row per contact, or a tally of anonymous ones).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_purposes')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('name_da', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .addColumn('kle', 'text')
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('inquiry_type', 'text', (column) =>
      column.notNull().check(sql`inquiry_type in ('information', 'transaction', 'case-status')`),
    )
    .addColumn('case_type_code', 'text')
    .addColumn('solution_code', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  // A version of a purpose's strategy; append-only (figures of a day use the version in force that day).
  await db.schema
    .createTable('channels_strategy_versions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose_code', 'text', (column) => column.notNull().references('channels_purposes.code'))
    .addColumn('valid_from', 'date', (column) => column.notNull())
    .addColumn('desired_channel', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('channels_strategy_versions_day', ['purpose_code', 'valid_from'])
    .execute();

  // Per version and channel: offered or not, the unit cost in øre and the target share in per cent.
  await db.schema
    .createTable('channels_strategy_channels')
    .addColumn('version_id', 'uuid', (column) => column.notNull().references('channels_strategy_versions.id'))
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('offered', 'boolean', (column) => column.notNull())
    .addColumn('unit_cost_ore', 'integer', (column) => column.notNull().check(sql`unit_cost_ore >= 0`))
    .addColumn('target_percent', 'integer', (column) => column.notNull().check(sql`target_percent between 0 and 100`))
    .addPrimaryKeyConstraint('channels_strategy_channels_pk', ['version_id', 'channel'])
    .execute();

  await db.schema
    .createTable('channels_inquiries')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // where it came from, unique: `event:<event id>`, `api:<client>:<external id>`, or a fresh id for staff
    .addColumn('source_key', 'text', (column) => column.notNull().unique())
    .addColumn('source', 'text', (column) => column.notNull().check(sql`source in ('event', 'staff', 'api')`))
    .addColumn('purpose_code', 'text', (column) => column.references('channels_purposes.code'))
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull().check(sql`direction in ('inbound', 'outbound')`))
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    .addColumn('party_kind', 'text', (column) =>
      column.notNull().check(sql`party_kind in ('person', 'business', 'anonymous')`),
    )
    .addColumn('party_id', 'uuid')
    .addColumn('actor_kind', 'text', (column) =>
      column.notNull().check(sql`actor_kind in ('staff', 'automated', 'integration')`),
    )
    .addColumn('actor_id', 'text')
    .addColumn('department_code', 'text')
    .addColumn('object_kind', 'text')
    .addColumn('object_id', 'text')
    .addColumn('resolved_first_contact', 'boolean')
    .addColumn('could_be_digital', 'boolean')
    .addColumn('digital_help', 'boolean')
    .addColumn('note', 'text')
    .addColumn('count', 'integer', (column) => column.notNull().defaultTo(1).check(sql`count between 1 and 10000`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('channels_inquiries_period')
    .on('channels_inquiries')
    .columns(['occurred_at', 'purpose_code'])
    .execute();
  await db.schema
    .createIndex('channels_inquiries_party')
    .on('channels_inquiries')
    .columns(['party_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'channels_inquiries',
    'channels_strategy_channels',
    'channels_strategy_versions',
    'channels_purposes',
  ])
    await db.schema.dropTable(table).execute();
}
