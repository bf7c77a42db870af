import type { Kysely } from 'kysely';

/**
 * The development outbox keeps which notification each entry is a send of, once: a send repeated after a
 * crash (the worker died between handing the message over and marking it sent) finds the first entry
 * instead of adding a second. Entries from before this change have no notification and stay as they are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('notify_dev_outbox')
    .addColumn('notification_id', 'uuid', (column) => column.unique())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notify_dev_outbox').dropColumn('notification_id').execute();
}
