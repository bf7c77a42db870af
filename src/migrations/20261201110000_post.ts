import { sql, type Kysely } from 'kysely';

/**
 * Digital post: a mailbox per person or business, messages both ways with their attachments,
 * digital-post registrations (history), print batches for those not signed up, and bulk letters
 * with one row per recipient (so a crashed run resumes without a second copy).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('post_mailboxes')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_kind', 'text', (column) => column.notNull().check(sql`owner_kind in ('person', 'business')`))
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('post_mailboxes_owner', ['owner_kind', 'owner_id'])
    .execute();

  await db.schema
    .createTable('post_print_batches')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('status', 'text', (column) =>
      column.notNull().defaultTo('open').check(sql`status in ('open', 'closed', 'posted')`),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('posted_at', 'timestamptz')
    .addColumn('posted_by', 'text')
    .execute();
  // at most one open batch: letters for print always join the same one until staff close it
  await db.schema
    .createIndex('post_print_batches_one_open')
    .on('post_print_batches')
    .column('status')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();

  await db.schema
    .createTable('post_bulk_letters')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('department_id', 'uuid')
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('reply_allowed', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('status', 'text', (column) =>
      column.notNull().defaultTo('running').check(sql`status in ('running', 'done', 'cancelled')`),
    )
    .addColumn('total', 'integer', (column) => column.notNull())
    .addColumn('created_by_kind', 'text', (column) => column.notNull())
    .addColumn('created_by_id', 'text', (column) => column.notNull())
    .addColumn('created_by_name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('post_messages')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mailbox_id', 'uuid', (column) => column.notNull().references('post_mailboxes.id'))
    // out: from the municipality to the mailbox's owner; in: from the owner to a department
    .addColumn('direction', 'text', (column) => column.notNull().check(sql`direction in ('in', 'out')`))
    .addColumn('department_id', 'uuid')
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('sender_kind', 'text', (column) => column.notNull())
    .addColumn('sender_id', 'text', (column) => column.notNull())
    .addColumn('sender_name', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('reply_allowed', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('case_id', 'text')
    .addColumn('thread_id', 'uuid', (column) => column.notNull())
    .addColumn('in_reply_to', 'uuid', (column) => column.references('post_messages.id'))
    .addColumn('delivery', 'text', (column) =>
      column.notNull().defaultTo('digital').check(sql`delivery in ('digital', 'print')`),
    )
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('queued', 'delivered', 'read', 'notified', 'failed', 'printed')`),
    )
    .addColumn('owner_folder', 'text', (column) =>
      column.notNull().check(sql`owner_folder in ('inbox', 'sent', 'archive')`),
    )
    .addColumn('department_folder', 'text', (column) =>
      column.notNull().check(sql`department_folder in ('inbox', 'sent', 'archive')`),
    )
    .addColumn('notification_text', 'text')
    .addColumn('print_batch_id', 'uuid', (column) => column.references('post_print_batches.id'))
    .addColumn('bulk_id', 'uuid', (column) => column.references('post_bulk_letters.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('read_at', 'timestamptz')
    .addColumn('notified_at', 'timestamptz')
    .addColumn('notified_channel', 'text')
    .addColumn('printed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('post_messages_mailbox')
    .on('post_messages')
    .columns(['mailbox_id', 'owner_folder', 'created_at'])
    .execute();
  await db.schema
    .createIndex('post_messages_department')
    .on('post_messages')
    .columns(['department_id', 'department_folder', 'created_at'])
    .execute();
  await db.schema.createIndex('post_messages_thread').on('post_messages').column('thread_id').execute();
  await db.schema.createIndex('post_messages_case').on('post_messages').column('case_id').execute();
  await db.schema.createIndex('post_messages_print_batch').on('post_messages').column('print_batch_id').execute();

  await db.schema
    .createTable('post_attachments')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('message_id', 'uuid', (column) => column.notNull().references('post_messages.id').onDelete('cascade'))
    .addColumn('filename', 'text', (column) => column.notNull())
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('content', 'bytea', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('post_attachments_message').on('post_attachments').column('message_id').execute();

  // Append-only history: the latest row is the owner's current choice; no row means not signed up.
  await db.schema
    .createTable('post_registrations')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('owner_kind', 'text', (column) => column.notNull().check(sql`owner_kind in ('person', 'business')`))
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('signed_up', 'withdrawn', 'exempt')`),
    )
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('post_registrations_owner')
    .on('post_registrations')
    .columns(['owner_kind', 'owner_id', 'id'])
    .execute();

  await db.schema
    .createTable('post_bulk_recipients')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('bulk_id', 'uuid', (column) => column.notNull().references('post_bulk_letters.id').onDelete('cascade'))
    // 'cpr:<number>' or 'cvr:<number>': unique per bulk letter, so a recipient is listed (and sent) once
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('fields', 'jsonb', (column) => column.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('state', 'text', (column) =>
      column.notNull().defaultTo('pending').check(sql`state in ('pending', 'sent', 'failed', 'cancelled')`),
    )
    .addColumn('message_id', 'uuid')
    .addColumn('error', 'text')
    .addColumn('processed_at', 'timestamptz')
    .addUniqueConstraint('post_bulk_recipients_once', ['bulk_id', 'recipient'])
    .execute();
  await db.schema
    .createIndex('post_bulk_recipients_state')
    .on('post_bulk_recipients')
    .columns(['bulk_id', 'state', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'post_bulk_recipients',
    'post_registrations',
    'post_attachments',
    'post_messages',
    'post_bulk_letters',
    'post_print_batches',
    'post_mailboxes',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
