import { sql, type Kysely } from 'kysely';

/**
 * Governance, information security: the statement of applicability (ISO/IEC 27001:2022 Annex A controls by number,
 * for the organisation and per system) and risk assessments per system with inherent and residual risk.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // `scope` is 'organisation' or a system's id; one row per scope and control once someone has assessed it
  await db.schema
    .createTable('governance_controls')
    .addColumn('scope', 'text', (column) => column.notNull())
    .addColumn('control_code', 'text', (column) => column.notNull())
    .addColumn('applicable', 'boolean', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('not-started', 'in-progress', 'implemented')`),
    )
    .addColumn('evidence', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('next_review', 'date')
    .addColumn('updated_by', 'uuid', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('governance_controls_pk', ['scope', 'control_code'])
    .execute();

  await db.schema
    .createTable('governance_risks')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('system_id', 'uuid', (column) => column.notNull().references('governance_systems.id'))
    .addColumn('threat', 'text', (column) => column.notNull())
    .addColumn('affects', sql`text[]`, (column) => column.notNull())
    .addColumn('likelihood', 'integer', (column) => column.notNull().check(sql`likelihood between 1 and 4`))
    .addColumn('consequence', 'integer', (column) => column.notNull().check(sql`consequence between 1 and 4`))
    .addColumn('measures', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('residual_likelihood', 'integer', (column) =>
      column.notNull().check(sql`residual_likelihood between 1 and 4`),
    )
    .addColumn('residual_consequence', 'integer', (column) =>
      column.notNull().check(sql`residual_consequence between 1 and 4`),
    )
    .addColumn('next_revision', 'date', (column) => column.notNull())
    .addColumn('recorded_by', 'uuid', (column) => column.notNull())
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('governance_risks_system').on('governance_risks').column('system_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('governance_risks').execute();
  await db.schema.dropTable('governance_controls').execute();
}
