import { sql, type Kysely } from 'kysely';

/**
 * Openness fed by the post and cases modules: an entry remembers the letter it was made from (so a retried event
 * adds nothing), and a request for access remembers the case of type "Aktindsigt" that carries it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('openness_entries').addColumn('source_message_id', 'uuid').execute();
  await sql`create unique index openness_entries_source on openness_entries (source_message_id)`.execute(db);
  await db.schema
    .alterTable('openness_requests')
    .addColumn('case_id', 'uuid')
    .addColumn('case_reference', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('openness_requests').dropColumn('case_reference').dropColumn('case_id').execute();
  await sql`drop index openness_entries_source`.execute(db);
  await db.schema.alterTable('openness_entries').dropColumn('source_message_id').execute();
}
