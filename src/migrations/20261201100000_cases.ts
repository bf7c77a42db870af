import { sql, type Kysely } from 'kysely';

/**
 * Cases: case types with versioned workflow definitions (a running case points at the version it
 * started with), cases with parties, a timeline of events, documents with versions, notes and tasks.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cases_case_types')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('current_version_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('cases_case_type_versions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (column) => column.notNull().references('cases_case_types.code'))
    .addColumn('version', 'integer', (column) => column.notNull())
    // 'standard': from the bank of standard case types; 'local': adapted by an administrator
    .addColumn('origin', 'text', (column) => column.notNull().check(sql`origin in ('standard', 'local')`))
    .addColumn('definition', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text')
    .addUniqueConstraint('cases_case_type_versions_code_version', ['code', 'version'])
    .execute();

  // reference numbers per year: 2026-000123
  await db.schema
    .createTable('cases_reference_counters')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('last', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('cases_cases')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (column) => column.notNull().unique())
    .addColumn('case_type_code', 'text', (column) => column.notNull().references('cases_case_types.code'))
    .addColumn('case_type_version_id', 'uuid', (column) => column.notNull().references('cases_case_type_versions.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('result', 'text')
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('department_id', 'uuid')
    .addColumn('assignee_id', 'uuid')
    .addColumn('deadline', 'timestamptz')
    .addColumn('fields', 'jsonb', (column) => column.notNull().defaultTo(sql`'{}'::jsonb`))
    // optimistic locking: every change checks and increments it
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('cases_cases_queue')
    .on('cases_cases')
    .columns(['department_id', 'closed_at', 'deadline'])
    .execute();
  await db.schema.createIndex('cases_cases_assignee').on('cases_cases').columns(['assignee_id', 'closed_at']).execute();

  await db.schema
    .createTable('cases_parties')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (column) => column.notNull().references('cases_cases.id').onDelete('cascade'))
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('applicant', 'party')`))
    .addColumn('person_id', 'uuid')
    .addColumn('business_id', 'uuid')
    .addCheckConstraint('cases_parties_one_kind', sql`(person_id is null) <> (business_id is null)`)
    .execute();
  await db.schema.createIndex('cases_parties_person').on('cases_parties').column('person_id').execute();
  await db.schema.createIndex('cases_parties_business').on('cases_parties').column('business_id').execute();
  await db.schema.createIndex('cases_parties_case').on('cases_parties').column('case_id').execute();

  await db.schema
    .createTable('cases_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('case_id', 'uuid', (column) => column.notNull().references('cases_cases.id').onDelete('cascade'))
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('actor_kind', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.notNull())
    .addColumn('actor_name', 'text', (column) => column.notNull())
    .addColumn('details', 'jsonb', (column) => column.notNull().defaultTo(sql`'{}'::jsonb`))
    // shown on the parties' plain-language timeline ("my cases")
    .addColumn('visible_to_parties', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('cases_events_case').on('cases_events').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('cases_documents')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (column) => column.notNull().references('cases_cases.id').onDelete('cascade'))
    .addColumn('document_type', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('shared_with_parties', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('cases_documents_case').on('cases_documents').column('case_id').execute();

  await db.schema
    .createTable('cases_document_versions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('document_id', 'uuid', (column) => column.notNull().references('cases_documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('filename', 'text', (column) => column.notNull())
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('content', 'bytea', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addUniqueConstraint('cases_document_versions_number', ['document_id', 'version'])
    .execute();

  await db.schema
    .createTable('cases_notes')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (column) => column.notNull().references('cases_cases.id').onDelete('cascade'))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text', (column) => column.notNull())
    .addColumn('author_name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('cases_notes_case').on('cases_notes').column('case_id').execute();

  await db.schema
    .createTable('cases_tasks')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (column) => column.notNull().references('cases_cases.id').onDelete('cascade'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('due_at', 'timestamptz')
    .addColumn('assignee_id', 'uuid')
    .addColumn('role', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('done_at', 'timestamptz')
    .addColumn('done_by', 'text')
    .execute();
  await db.schema.createIndex('cases_tasks_case').on('cases_tasks').column('case_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'cases_tasks',
    'cases_notes',
    'cases_document_versions',
    'cases_documents',
    'cases_events',
    'cases_parties',
    'cases_cases',
    'cases_reference_counters',
    'cases_case_type_versions',
    'cases_case_types',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
