import { sql, type Kysely } from 'kysely';

/**
 * Notify: the contact register (mobile numbers and e-mail addresses, per-authority choices and the consent
 * history), templates, notifications with their delivery state, reminders, the per-authority rate windows
 * and the local development outbox.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notify_contact_points')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_kind', 'text', (column) => column.notNull().check(sql`owner_kind in ('citizen', 'business')`))
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull().check(sql`channel in ('sms', 'email')`))
    // the verified address (E.164 mobile number or lower-case e-mail); null until the first code is entered
    .addColumn('address', 'text')
    .addColumn('verified_at', 'timestamptz')
    // a new address waiting for its code: the verified one keeps working until the new one is confirmed
    .addColumn('pending_address', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'timestamptz')
    .addColumn('code_attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('code_sent_at', 'timestamptz')
    .addColumn('locale', 'text', (column) => column.notNull().defaultTo('da').check(sql`locale in ('da', 'en')`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('notify_contact_points_owner_channel', ['owner_kind', 'owner_id', 'channel'])
    .execute();

  await db.schema
    .createTable('notify_preferences')
    .addColumn('owner_kind', 'text', (column) => column.notNull())
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('authority_code', 'text', (column) => column.notNull())
    .addColumn('sms', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('email', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('notify_preferences_pk', ['owner_kind', 'owner_id', 'authority_code'])
    .execute();

  // Append-only: every consent given or withdrawn, and every contact point registered, verified or deleted.
  await db.schema
    .createTable('notify_consent_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('owner_kind', 'text', (column) => column.notNull())
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('event', 'text', (column) =>
      column
        .notNull()
        .check(
          sql`event in ('consent-given', 'consent-withdrawn', 'contact-registered', 'contact-verified', 'contact-deleted')`,
        ),
    )
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('authority_code', 'text')
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('notify_consent_events_owner')
    .on('notify_consent_events')
    .columns(['owner_kind', 'owner_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('notify_templates')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('notify_templates_pk', ['kind', 'channel', 'locale'])
    .execute();

  await db.schema
    .createTable('notify_notifications')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('new-post', 'reminder', 'verification', 'bench')`),
    )
    // what it is about: the message id (new post), the reminder id, the contact point id (verification)
    .addColumn('source_id', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull().check(sql`channel in ('sms', 'email')`))
    .addColumn('contact_point_id', 'uuid')
    .addColumn('owner_kind', 'text')
    .addColumn('owner_id', 'uuid')
    .addColumn('authority_code', 'text', (column) => column.notNull())
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull().defaultTo(''))
    // the rendered template (never a message body or CPR); wiped after sending for verification codes
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('queued')
        .check(sql`status in ('queued', 'sending', 'sent', 'delivered', 'failed', 'dead', 'cancelled')`),
    )
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('provider_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .execute();
  // A retried event or reminder never notifies twice: one row per (source, channel, contact point).
  await sql`create unique index notify_notifications_once on notify_notifications (kind, source_id, channel, contact_point_id) where kind <> 'verification'`.execute(
    db,
  );
  await db.schema
    .createIndex('notify_notifications_status')
    .on('notify_notifications')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notify_notifications_provider')
    .on('notify_notifications')
    .columns(['channel', 'provider_id'])
    .execute();

  await db.schema
    .createTable('notify_reminders')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('recipient_kind', 'text', (column) =>
      column.notNull().check(sql`recipient_kind in ('citizen', 'business')`),
    )
    .addColumn('recipient_id', 'uuid', (column) => column.notNull())
    .addColumn('authority_code', 'text', (column) => column.notNull())
    .addColumn('starts_at', 'timestamptz', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('lead_time_hours', 'integer', (column) => column.notNull())
    .addColumn('send_at', 'timestamptz', (column) => column.notNull())
    .addColumn('case_id', 'text')
    .addColumn('status', 'text', (column) =>
      column.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'sent', 'cancelled')`),
    )
    .addColumn('created_by_kind', 'text', (column) => column.notNull())
    .addColumn('created_by_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notify_reminders_send').on('notify_reminders').columns(['status', 'send_at']).execute();

  await db.schema
    .createTable('notify_rate_windows')
    .addColumn('authority_code', 'text', (column) => column.notNull())
    .addColumn('window_start', 'timestamptz', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('notify_rate_windows_pk', ['authority_code', 'window_start'])
    .execute();

  // Development and test only: what would have gone to the SMS gateway or SMTP server.
  await db.schema
    .createTable('notify_dev_outbox')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notify_dev_outbox',
    'notify_rate_windows',
    'notify_reminders',
    'notify_notifications',
    'notify_templates',
    'notify_consent_events',
    'notify_preferences',
    'notify_contact_points',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
