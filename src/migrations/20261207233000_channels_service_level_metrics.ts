import { sql, type Kysely } from 'kysely';

/**
 * More service-level metrics (issue 10): phone calls answered within N seconds (from the telephony import), desk
 * waiting time within N minutes (walk-in tickets), callbacks within N working hours, first-contact resolution and
 * satisfaction (the lowest score that counts as satisfied). `within_amount` holds N in the metric's own unit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table channels_service_targets drop constraint if exists channels_service_targets_metric_check`.execute(
    db,
  );
  await sql`alter table channels_service_targets add constraint channels_service_targets_metric_check check (metric in
    ('written-answer', 'case-decided', 'phone-answer', 'desk-wait', 'callback', 'first-contact', 'satisfaction'))`.execute(
    db,
  );
  await db.schema
    .alterTable('channels_service_targets')
    .addColumn('within_amount', 'integer', (column) => column.check(sql`within_amount between 1 and 3600`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('channels_service_targets').dropColumn('within_amount').execute();
}
