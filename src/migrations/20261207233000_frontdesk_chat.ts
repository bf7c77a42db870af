import { sql, type Kysely } from 'kysely';

/**
 * Front desk web chat: which inquiry purposes a department answers in chat (and whether anonymous visitors may
 * ask), the department's chat opening hours, canned answers per purpose, the conversations with their measured
 * first-response and resolution times, and their messages. Anonymous conversations lose their messages after
 * the retention period (a daily job); the conversation row with its times stays for the figures.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('frontdesk_chat_topics')
    .addColumn('purpose_code', 'text', (column) => column.primaryKey())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('anonymous', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute();

  // ISO weekday 1 = Monday; several rows a weekday for several opening slots
  await db.schema
    .createTable('frontdesk_chat_hours')
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('weekday', 'integer', (column) => column.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('opens', 'text', (column) => column.notNull())
    .addColumn('closes', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('frontdesk_chat_answers')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose_code', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('title_da', 'text', (column) => column.notNull())
    .addColumn('title_en', 'text', (column) => column.notNull())
    .addColumn('body_da', 'text', (column) => column.notNull())
    .addColumn('body_en', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('frontdesk_chat_conversations')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose_code', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('person_id', 'uuid')
    .addColumn('business_id', 'uuid')
    // an anonymous visitor's browser: the SHA-256 of the secret in its cookie (never the secret itself)
    .addColumn('visitor_hash', 'text')
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('waiting', 'active', 'closed')`))
    .addColumn('staff_id', 'uuid')
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('first_response_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'text', (column) => column.check(sql`closed_by in ('staff', 'visitor')`))
    .addColumn('resolved', 'boolean')
    .addColumn('transcript_sent_at', 'timestamptz')
    .addColumn('purged_at', 'timestamptz')
    .addCheckConstraint(
      'frontdesk_chat_conversations_one_party',
      sql`(person_id is not null)::int + (business_id is not null)::int + (visitor_hash is not null or purged_at is not null)::int = 1`,
    )
    .execute();
  await db.schema
    .createIndex('frontdesk_chat_conversations_inbox')
    .on('frontdesk_chat_conversations')
    .columns(['department_code', 'status', 'started_at'])
    .execute();
  await db.schema
    .createIndex('frontdesk_chat_conversations_person')
    .on('frontdesk_chat_conversations')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('frontdesk_chat_conversations_business')
    .on('frontdesk_chat_conversations')
    .column('business_id')
    .execute();

  await db.schema
    .createTable('frontdesk_chat_messages')
    .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('conversation_id', 'uuid', (column) =>
      column.notNull().references('frontdesk_chat_conversations.id').onDelete('cascade'),
    )
    .addColumn('author', 'text', (column) => column.notNull().check(sql`author in ('visitor', 'staff', 'system')`))
    .addColumn('staff_id', 'uuid')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('sent_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('frontdesk_chat_messages_conversation')
    .on('frontdesk_chat_messages')
    .columns(['conversation_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'frontdesk_chat_messages',
    'frontdesk_chat_conversations',
    'frontdesk_chat_answers',
    'frontdesk_chat_hours',
    'frontdesk_chat_topics',
  ])
    await db.schema.dropTable(table).execute();
}
