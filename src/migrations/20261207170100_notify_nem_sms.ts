import { sql, type Kysely } from 'kysely';

/** A NemSMS that arrived as MeMo is sent by notify as a notification of its own kind. */
export async function up(db: Kysely<any>): Promise<void> {
  await setKinds(db, ['new-post', 'reminder', 'verification', 'bench', 'nem-sms']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await setKinds(db, ['new-post', 'reminder', 'verification', 'bench']);
}

async function setKinds(db: Kysely<any>, kinds: string[]): Promise<void> {
  await sql`alter table notify_notifications drop constraint if exists notify_notifications_kind_check`.execute(db);
  await sql`alter table notify_notifications add constraint notify_notifications_kind_check check (kind in (${sql.join(kinds.map((kind) => sql.lit(kind)))}))`.execute(
    db,
  );
}
