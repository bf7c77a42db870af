import { sql, type Kysely } from 'kysely';

/**
 * Satisfaction surveys (issue 10): one invitation per contact (desk, phone, web chat, case closed), answered once
 * through a signed link with a score from 1 to 5 and an optional comment. No person is stored: the contact's key,
 * its service (purpose or case type), channel and department are what the answers are counted by. Cases with a
 * person wait in `channels_survey_cases` from created to closed (the closing event names no party).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_survey_invitations')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source_key', 'text', (column) => column.notNull().unique())
    .addColumn('service_kind', 'text', (column) =>
      column.notNull().check(sql`service_kind in ('purpose', 'case-type')`),
    )
    .addColumn('service_code', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text')
    .addColumn('sent_by', 'text', (column) => column.notNull().check(sql`sent_by in ('sms', 'email')`))
    .addColumn('contact_at', 'timestamptz', (column) => column.notNull())
    .addColumn('invited_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('score', 'smallint', (column) => column.check(sql`score between 1 and 5`))
    .addColumn('comment', 'text', (column) => column.check(sql`char_length(comment) <= 1000`))
    .addCheckConstraint('channels_survey_answered', sql`(answered_at is null) = (score is null)`)
    .execute();
  await db.schema
    .createIndex('channels_survey_invitations_answered')
    .on('channels_survey_invitations')
    .column('answered_at')
    .where(sql.ref('answered_at'), 'is not', null)
    .execute();
  await db.schema
    .createTable('channels_survey_cases')
    .addColumn('case_id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_survey_cases').execute();
  await db.schema.dropTable('channels_survey_invitations').execute();
}
