import { sql, type Kysely } from 'kysely';

/**
 * MeMo as published: a letter that arrived as a MeMo document keeps the document as it came (everything the
 * platform does not act on stays there, never dropped) and the facts the letter page shows (case and KLE,
 * actions, reply-by, mandatory, legal notification, post type). A letter held by `doNotDeliverUntilDate`
 * waits in `deliver_after`. A NemSMS is no letter: it is kept in its own table until notify has sent it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('post_memo_documents')
    .addColumn('message_id', 'uuid', (column) => column.primaryKey().references('post_messages.id').onDelete('cascade'))
    .addColumn('memo_version', 'text', (column) => column.notNull())
    .addColumn('xml', 'text', (column) => column.notNull())
    .addColumn('details', 'jsonb', (column) => column.notNull())
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.alterTable('post_messages').addColumn('deliver_after', 'timestamptz').execute();

  await db.schema
    .createTable('post_nem_sms')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('owner_kind', 'text', (column) => column.notNull().check(sql`owner_kind in ('person', 'business')`))
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('xml', 'text', (column) => column.notNull())
    .addColumn('sender_kind', 'text', (column) => column.notNull())
    .addColumn('sender_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('post_nem_sms').ifExists().execute();
  await db.schema.alterTable('post_messages').dropColumn('deliver_after').execute();
  await db.schema.dropTable('post_memo_documents').ifExists().execute();
}
