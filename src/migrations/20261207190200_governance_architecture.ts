import { sql, type Kysely } from 'kysely';

/**
 * Governance, architecture: the architecture principles (shipped as data, the municipality may add its own) and the
 * committee's decision log, each decision with its assessment of the proposal against every principle.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('governance_principles')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('name_da', 'text', (column) => column.notNull())
    .addColumn('name_en', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('governance_decisions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('committee', 'text', (column) =>
      column.notNull().check(sql`committee in ('architecture', 'security', 'digitalisation')`),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('proposal', 'text', (column) => column.notNull())
    .addColumn('system_id', 'uuid', (column) => column.references('governance_systems.id'))
    .addColumn('decision', 'text', (column) =>
      column.notNull().check(sql`decision in ('approved', 'conditional', 'rejected')`),
    )
    .addColumn('conditions', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('decided_on', 'date', (column) => column.notNull())
    .addColumn('recorded_by', 'uuid', (column) => column.notNull())
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('governance_decisions_day').on('governance_decisions').column('decided_on').execute();

  await db.schema
    .createTable('governance_decision_assessments')
    .addColumn('decision_id', 'uuid', (column) => column.notNull().references('governance_decisions.id'))
    .addColumn('principle_code', 'text', (column) => column.notNull().references('governance_principles.code'))
    .addColumn('assessment', 'text', (column) => column.notNull().check(sql`assessment in ('meets', 'partly', 'no')`))
    .addColumn('reason', 'text', (column) => column.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('governance_decision_assessments_pk', ['decision_id', 'principle_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('governance_decision_assessments').execute();
  await db.schema.dropTable('governance_decisions').execute();
  await db.schema.dropTable('governance_principles').execute();
}
