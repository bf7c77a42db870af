import type { Kysely } from 'kysely';

/** A login attempt belongs to the browser that started it: the hash of that browser's login cookie. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('login_attempts').addColumn('browser_hash', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('login_attempts').dropColumn('browser_hash').execute();
}
