import { sql, type Kysely } from 'kysely';

/**
 * Compliance alerts (issue 10): a department's compliance with a target fell below it over the rolling window.
 * One open alert per department and target: it fires once (mailed to the department's managers) and is resolved
 * when compliance is back; a later fall fires a new one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_compliance_alerts')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('department_code', 'text', (column) => column.notNull())
    // metric|service kind|service code|channel
    .addColumn('target_key', 'text', (column) => column.notNull())
    .addColumn('compliance', 'numeric', (column) => column.notNull())
    .addColumn('target_percent', 'integer', (column) => column.notNull())
    .addColumn('fired_at', 'timestamptz', (column) => column.notNull())
    .addColumn('mailed_at', 'timestamptz')
    .addColumn('resolved_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('channels_compliance_alerts_open')
    .on('channels_compliance_alerts')
    .columns(['department_code', 'target_key'])
    .unique()
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_compliance_alerts').execute();
}
