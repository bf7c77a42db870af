import { sql, type Kysely } from 'kysely';

/**
 * Callbacks (issue 10): the follow-up task of a registered contact (Klantinteracties' "interne taak"), with its due
 * time, for the purpose's department, done by a staff member. Measured as the service level `callback`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channels_callbacks')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('inquiry_id', 'uuid', (column) => column.notNull().unique().references('channels_inquiries.id'))
    .addColumn('purpose_code', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    // the person by internal id, when staff gave a CPR number
    .addColumn('person_id', 'uuid')
    // what to call about and where (staff's words)
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('due_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .addColumn('done_by', 'text')
    .execute();
  await db.schema
    .createIndex('channels_callbacks_open')
    .on('channels_callbacks')
    .columns(['department_code', 'due_at'])
    .where(sql.ref('done_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channels_callbacks').execute();
}
