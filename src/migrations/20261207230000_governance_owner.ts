import { sql, type Kysely } from 'kysely';

/**
 * Governance, the system owner's page: how many days before a contract's termination deadline its owner is warned
 * by e-mail, the warnings sent (one per contract and deadline), which of Raadhus's own usage measures shows a
 * system's use, and that usage counted per month from events (each event once).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('governance_contracts')
    .addColumn('alert_days', 'integer', (column) =>
      column.notNull().defaultTo(90).check(sql`alert_days between 1 and 730`),
    )
    .execute();
  await db.schema
    .createTable('governance_deadline_alerts')
    .addColumn('contract_id', 'uuid', (column) => column.notNull().references('governance_contracts.id'))
    .addColumn('termination_deadline', 'date', (column) => column.notNull())
    .addColumn('staff_id', 'uuid', (column) => column.notNull())
    .addColumn('sent_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('governance_deadline_alerts_pk', ['contract_id', 'termination_deadline'])
    .execute();
  await db.schema
    .alterTable('governance_systems')
    .addColumn('usage_source', 'text', (column) =>
      column.check(sql`usage_source in ('selfservice', 'letters', 'cases')`),
    )
    .execute();
  await db.schema
    .createTable('governance_usage_counts')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('month', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('governance_usage_counts_pk', ['source', 'month'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('governance_usage_counts').execute();
  await db.schema.alterTable('governance_systems').dropColumn('usage_source').execute();
  await db.schema.dropTable('governance_deadline_alerts').execute();
  await db.schema.alterTable('governance_contracts').dropColumn('alert_days').execute();
}
