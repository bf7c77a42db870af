import { sql, type Kysely } from 'kysely';

/**
 * Governance, the yearly action plan: initiatives per focus area and department, their expected gains (bound to a
 * key figure where one measures them), the strategy pool's movements, and the key-figure counts this module
 * measures itself from events until the insight module provides key figures (each event counted once).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('governance_initiatives')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('focus_area', 'text', (column) => column.notNull())
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('owner_staff_id', 'uuid', (column) => column.notNull())
    .addColumn('phase', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('green', 'amber', 'red')`))
    .addColumn('budget_ore', 'bigint', (column) => column.notNull().check(sql`budget_ore >= 0`))
    .addColumn('funding', 'text', (column) => column.notNull().check(sql`funding in ('central', 'department', 'pool')`))
    .addColumn('go_live', 'date')
    .execute();
  await db.schema.createIndex('governance_initiatives_year').on('governance_initiatives').column('year').execute();

  // An expected gain: bound to a key figure (realised = computed from it) or entered by its owner with a note.
  await db.schema
    .createTable('governance_benefits')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('initiative_id', 'uuid', (column) => column.notNull().references('governance_initiatives.id'))
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('key_figure', 'text')
    .addColumn('unit', 'text', (column) => column.notNull())
    .addColumn('baseline', 'numeric', (column) => column.notNull())
    .addColumn('target', 'numeric', (column) => column.notNull())
    .addColumn('realised_entered', 'numeric')
    .addColumn('note', 'text', (column) => column.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('governance_pool_entries')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('deposit', 'grant', 'repayment')`))
    .addColumn('amount_ore', 'bigint', (column) => column.notNull().check(sql`amount_ore > 0`))
    .addColumn('initiative_id', 'uuid', (column) => column.references('governance_initiatives.id'))
    .addColumn('note', 'text', (column) => column.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('governance_figure_counts')
    .addColumn('key_figure', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('count', 'bigint', (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('governance_figure_counts_pk', ['key_figure', 'year'])
    .execute();
  await db.schema
    .createTable('governance_counted_events')
    .addColumn('event_id', 'text', (column) => column.primaryKey())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'governance_counted_events',
    'governance_figure_counts',
    'governance_pool_entries',
    'governance_benefits',
    'governance_initiatives',
  ])
    await db.schema.dropTable(table).execute();
}
