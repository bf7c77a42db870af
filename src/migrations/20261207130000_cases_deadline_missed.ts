import { sql, type Kysely } from 'kysely';

/**
 * The daily deadline check publishes `cases.deadline-missed` once per case and deadline: the deadline it
 * was published for is kept on the case (a deadline moved later and missed again is published again).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases_cases').addColumn('deadline_missed_for', 'timestamptz').execute();
  // the check reads open cases past their deadline: a small partial index in deadline order
  await sql`create index cases_cases_open_deadline on cases_cases (deadline) where closed_at is null and deadline is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists cases_cases_open_deadline`.execute(db);
  await db.schema.alterTable('cases_cases').dropColumn('deadline_missed_for').execute();
}
