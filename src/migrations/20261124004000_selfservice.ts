import { sql, type Kysely } from 'kysely';

/** Self-service: drafts (with their uploaded files), submissions with receipts, and anonymous usage counts. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('selfservice_drafts')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('solution_code', 'text', (column) => column.notNull())
    .addColumn('owner_kind', 'text', (column) => column.notNull().check(sql`owner_kind in ('citizen', 'business')`))
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('answers', 'jsonb', (column) => column.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('completed_pages', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('status', 'text', (column) =>
      column.notNull().defaultTo('draft').check(sql`status in ('draft', 'submitted')`),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('abandoned_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('selfservice_drafts_owner')
    .on('selfservice_drafts')
    .columns(['owner_kind', 'owner_id', 'status'])
    .execute();
  await db.schema
    .createIndex('selfservice_drafts_activity')
    .on('selfservice_drafts')
    .columns(['status', 'updated_at'])
    .where(sql.ref('abandoned_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('selfservice_draft_files')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('draft_id', 'uuid', (column) => column.notNull().references('selfservice_drafts.id').onDelete('cascade'))
    .addColumn('field_name', 'text', (column) => column.notNull())
    .addColumn('filename', 'text', (column) => column.notNull())
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('content', 'bytea', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('selfservice_draft_files_field', ['draft_id', 'field_name'])
    .execute();

  await db.schema
    .createTable('selfservice_submissions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // one submission per draft: the database itself refuses a second case from the same draft
    .addColumn('draft_id', 'uuid', (column) => column.notNull().unique())
    .addColumn('solution_code', 'text', (column) => column.notNull())
    .addColumn('owner_kind', 'text', (column) => column.notNull())
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('case_id', 'text', (column) => column.notNull())
    .addColumn('case_reference', 'text', (column) => column.notNull())
    .addColumn('expected_processing_days', 'integer')
    .addColumn('deadline', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('receipt_status', 'text', (column) =>
      column.notNull().defaultTo('pending').check(sql`receipt_status in ('pending', 'sent', 'skipped')`),
    )
    .addColumn('receipt_message_id', 'text')
    .execute();
  await db.schema
    .createIndex('selfservice_submissions_owner')
    .on('selfservice_submissions')
    .columns(['owner_kind', 'owner_id', 'submitted_at'])
    .execute();

  // No personal data: a solution, a Danish calendar day, what happened, and how many times.
  await db.schema
    .createTable('selfservice_usage_counts')
    .addColumn('solution_code', 'text', (column) => column.notNull())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('event', 'text', (column) =>
      column.notNull().check(sql`event in ('started', 'step_completed', 'submitted', 'abandoned')`),
    )
    .addColumn('count', 'integer', (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('selfservice_usage_counts_pk', ['solution_code', 'day', 'event'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('selfservice_usage_counts').ifExists().execute();
  await db.schema.dropTable('selfservice_submissions').ifExists().execute();
  await db.schema.dropTable('selfservice_draft_files').ifExists().execute();
  await db.schema.dropTable('selfservice_drafts').ifExists().execute();
}
