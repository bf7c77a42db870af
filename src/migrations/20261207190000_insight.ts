import { sql, type Kysely } from 'kysely';

/**
 * Insight: what the platform's events said (one signal per event and measure, by event id: a retried delivery
 * adds nothing), the daily fact rows of each key figure per dimension value, the versioned targets, and the
 * batches of observations pushed by other systems (the lineage of a pushed number).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('insight_signals')
    .addColumn('event_id', 'text', (column) => column.notNull())
    .addColumn('signal', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('attributes', 'jsonb', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_signals_pk', ['event_id', 'signal'])
    .execute();
  await db.schema.createIndex('insight_signals_day').on('insight_signals').columns(['signal', 'day']).execute();

  await db.schema
    .createTable('insight_facts')
    .addColumn('figure_id', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    // '' for the municipality as a whole, else `dimension=value`
    .addColumn('dimension_key', 'text', (column) => column.notNull())
    .addColumn('dimensions', 'jsonb', (column) => column.notNull())
    .addColumn('numerator', 'double precision', (column) => column.notNull())
    .addColumn('denominator', 'double precision')
    .addColumn('value', 'double precision', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('lineage', 'text', (column) => column.notNull())
    .addColumn('source_version', 'integer', (column) => column.notNull())
    .addColumn('computed_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_facts_pk', ['figure_id', 'day', 'dimension_key'])
    .execute();

  // A target for a figure (and optionally one dimension value) from a day; a new version closes the old one.
  await db.schema
    .createTable('insight_targets')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('figure_id', 'text', (column) => column.notNull())
    .addColumn('dimension_key', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('valid_from', 'date', (column) => column.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('green', 'double precision', (column) => column.notNull())
    .addColumn('red', 'double precision', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('insight_targets_version', ['figure_id', 'dimension_key', 'version'])
    .execute();

  await db.schema
    .createTable('insight_observation_batches')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('figure_id', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('client_name', 'text', (column) => column.notNull())
    .addColumn('observations', 'integer', (column) => column.notNull())
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  // A rule per figure and cell: fires once when the day's value passes the threshold, resets when it is back.
  await db.schema
    .createTable('insight_alert_rules')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('figure_id', 'text', (column) => column.notNull())
    .addColumn('dimension_key', 'text', (column) => column.notNull())
    .addColumn('comparison', 'text', (column) => column.notNull().check(sql`comparison in ('below', 'above')`))
    .addColumn('threshold', 'double precision', (column) => column.notNull())
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('raised', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('insight_alerts')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('rule_id', 'uuid', (column) => column.notNull().references('insight_alert_rules.id'))
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('value', 'double precision', (column) => column.notNull())
    .addColumn('raised_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('mailed_at', 'timestamptz')
    .addColumn('cleared_at', 'timestamptz')
    .execute();

  // A CSV from a line-of-business system: uploaded, mapped and imported, or rolled back to what was there before.
  await db.schema
    .createTable('insight_imports')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('figure_id', 'text', (column) => column.notNull())
    .addColumn('filename', 'text', (column) => column.notNull())
    .addColumn('content', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('uploaded', 'imported', 'rolled-back')`),
    )
    .addColumn('rows', 'integer', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  // The facts an import replaced (null: there was none), so a rollback restores them.
  await db.schema
    .createTable('insight_import_previous')
    .addColumn('import_id', 'uuid', (column) => column.notNull().references('insight_imports.id'))
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('dimension_key', 'text', (column) => column.notNull())
    .addColumn('previous', 'jsonb')
    .addPrimaryKeyConstraint('insight_import_previous_pk', ['import_id', 'day', 'dimension_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'insight_alerts',
    'insight_alert_rules',
    'insight_observation_batches',
    'insight_targets',
    'insight_facts',
    'insight_signals',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
