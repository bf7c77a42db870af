import { sql, type Kysely } from 'kysely';

/**
 * Openness: the public post list (the journal of letters on cases, with the rules that keep entries off it) and
 * requests for access to documents (aktindsigt), each with what was handed out and what was withheld.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Case types that are never public (social, health, personnel): applied when the list is read, so a rule
  // added later also hides the entries registered before it.
  await db.schema
    .createTable('openness_closed_case_types')
    .addColumn('case_type_code', 'text', (column) => column.primaryKey())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('openness_settings')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('openness_entries')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_reference', 'text', (column) => column.notNull())
    .addColumn('case_type_code', 'text', (column) => column.notNull())
    .addColumn('case_title', 'text', (column) => column.notNull())
    .addColumn('document_title', 'text', (column) => column.notNull())
    .addColumn('document_text', 'text', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull().check(sql`direction in ('in', 'out')`))
    .addColumn('party_category', 'text', (column) =>
      column.notNull().check(sql`party_category in ('citizen', 'business', 'authority')`),
    )
    // a citizen's name is never stored here, so it can never be shown
    .addColumn('party_name', 'text')
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('internal', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('registered_at', 'timestamptz', (column) => column.notNull())
    .addCheckConstraint('openness_entries_no_citizen_name', sql`party_category <> 'citizen' or party_name is null`)
    .execute();
  await sql`alter table openness_entries add column search tsvector generated always as (
    to_tsvector('simple', case_reference || ' ' || case_title || ' ' || document_title || ' ' || coalesce(party_name, ''))
  ) stored`.execute(db);
  await sql`create index openness_entries_search on openness_entries using gin (search)`.execute(db);
  await sql`create index openness_entries_time on openness_entries (registered_at desc, id)`.execute(db);
  await sql`create index openness_entries_department on openness_entries (department_code, registered_at desc)`.execute(
    db,
  );

  await db.schema
    .createTable('openness_exclusions')
    .addColumn('entry_id', 'uuid', (column) => column.primaryKey().references('openness_entries.id'))
    .addColumn('exception_code', 'text', (column) => column.notNull())
    .addColumn('excluded_by', 'text', (column) => column.notNull())
    .addColumn('excluded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('openness_requests')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('public', 'party')`))
    .addColumn('person_id', 'uuid')
    .addColumn('business_id', 'uuid')
    .addColumn('email', 'text')
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull().check(sql`state in ('received', 'extended', 'decided')`))
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('deadline', 'timestamptz', (column) => column.notNull())
    .addColumn('extension_reason', 'text')
    .addColumn('expected_at', 'date')
    .addColumn('decision', 'text', (column) => column.check(sql`decision in ('full', 'partial', 'refused')`))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint('openness_requests_requester', sql`num_nonnulls(person_id, business_id, email) = 1`)
    .execute();
  await sql`create index openness_requests_open on openness_requests (department_code, deadline) where state <> 'decided'`.execute(
    db,
  );

  await db.schema
    .createTable('openness_request_entries')
    .addColumn('request_id', 'uuid', (column) => column.notNull().references('openness_requests.id'))
    .addColumn('entry_id', 'uuid', (column) => column.notNull().references('openness_entries.id'))
    .addColumn('handed_out', 'boolean', (column) => column.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('openness_request_entries_pk', ['request_id', 'entry_id'])
    .execute();

  // A passage withheld from the delivered copy, with its legal ground; the entry's text is never changed.
  await db.schema
    .createTable('openness_redactions')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (column) => column.notNull().references('openness_requests.id'))
    .addColumn('entry_id', 'uuid', (column) => column.notNull().references('openness_entries.id'))
    .addColumn('passage', 'text', (column) => column.notNull())
    .addColumn('legal_ground', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'openness_redactions',
    'openness_request_entries',
    'openness_requests',
    'openness_exclusions',
    'openness_entries',
    'openness_settings',
    'openness_closed_case_types',
  ])
    await db.schema.dropTable(table).execute();
}
