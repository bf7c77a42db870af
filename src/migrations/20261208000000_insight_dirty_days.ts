import type { Kysely } from 'kysely';

/**
 * Insight: the days whose facts wait for recomputation. An event delivery stores its signals and marks their day
 * here; a debounced job recomputes the marked days outside the deliveries' transactions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('insight_dirty_days')
    .addColumn('day', 'date', (column) => column.primaryKey())
    .addColumn('marked_at', 'timestamptz', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('insight_dirty_days').execute();
}
