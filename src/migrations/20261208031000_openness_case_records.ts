import { sql, type Kysely } from 'kysely';

/**
 * A party's own request for access (forvaltningsloven § 9) brings the case's own documents and notes, as the cases
 * module gave them when the request came in (access is to the case as it stood then): a note's text, a document's
 * title and file name (its file is asked of the cases module when handed out). A withheld passage names either a
 * letter of the post list or one of these records.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('openness_request_records')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (column) => column.notNull().references('openness_requests.id'))
    .addColumn('source_kind', 'text', (column) => column.notNull().check(sql`source_kind in ('document', 'note')`))
    .addColumn('source_id', 'uuid', (column) => column.notNull())
    .addColumn('case_id', 'uuid', (column) => column.notNull())
    .addColumn('case_reference', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('filename', 'text')
    .addColumn('internal', 'boolean', (column) => column.notNull())
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull())
    .addColumn('handed_out', 'boolean', (column) => column.notNull())
    .addUniqueConstraint('openness_request_records_source', ['request_id', 'source_kind', 'source_id'])
    .execute();
  await db.schema
    .alterTable('openness_redactions')
    .alterColumn('entry_id', (column) => column.dropNotNull())
    .execute();
  await db.schema
    .alterTable('openness_redactions')
    .addColumn('record_id', 'uuid', (column) => column.references('openness_request_records.id'))
    .execute();
  await db.schema
    .alterTable('openness_redactions')
    .addCheckConstraint('openness_redactions_document', sql`num_nonnulls(entry_id, record_id) = 1`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from openness_redactions where record_id is not null`.execute(db);
  await db.schema.alterTable('openness_redactions').dropConstraint('openness_redactions_document').execute();
  await db.schema.alterTable('openness_redactions').dropColumn('record_id').execute();
  await db.schema
    .alterTable('openness_redactions')
    .alterColumn('entry_id', (column) => column.setNotNull())
    .execute();
  await db.schema.dropTable('openness_request_records').execute();
}
