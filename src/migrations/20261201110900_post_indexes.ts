import { sql, type Kysely } from 'kysely';

/**
 * Indexes the digital-post reads need at scale (measured by bench/inbox.ts on 10 million messages):
 * - replies to a message (`in_reply_to`, the integration API's replies and the staff thread): without
 *   it each call reads the whole table; partial, since most messages are no reply;
 * - the unread count on every inbox page and the my-page badge: only the unread letters in the inbox,
 *   so counting them no longer visits every letter of the mailbox;
 * - the department mailbox (sent post, or what it received, newest first): by department and
 *   direction in the order the page lists them, so it reads 26 rows instead of sorting the department's
 *   millions.
 * On a large existing table build them by hand first with `create index concurrently` (same names);
 * this migration then finds them (`if not exists`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists post_messages_in_reply_to on post_messages (in_reply_to) where in_reply_to is not null`.execute(
    db,
  );
  await sql`create index if not exists post_messages_unread on post_messages (mailbox_id) where direction = 'out' and read_at is null and owner_folder = 'inbox'`.execute(
    db,
  );
  await sql`create index if not exists post_messages_department_direction on post_messages (department_id, direction, created_at desc, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['post_messages_department_direction', 'post_messages_unread', 'post_messages_in_reply_to'])
    await sql.raw(`drop index if exists ${index}`).execute(db);
}
