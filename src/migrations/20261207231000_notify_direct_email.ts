import { sql, type Kysely } from 'kysely';

/** An e-mail to an address given for one matter (openness: an anonymous requester's decision): a kind of its own. */
export async function up(db: Kysely<any>): Promise<void> {
  await setKinds(db, ['new-post', 'reminder', 'verification', 'bench', 'nem-sms', 'service-link', 'direct-email']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notify_notifications where kind = 'direct-email'`.execute(db);
  await setKinds(db, ['new-post', 'reminder', 'verification', 'bench', 'nem-sms', 'service-link']);
}

async function setKinds(db: Kysely<any>, kinds: string[]): Promise<void> {
  await sql`alter table notify_notifications drop constraint if exists notify_notifications_kind_check`.execute(db);
  await sql`alter table notify_notifications add constraint notify_notifications_kind_check check (kind in (${sql.join(kinds.map((kind) => sql.lit(kind)))}))`.execute(
    db,
  );
}
