import { sql, type Kysely } from 'kysely';

/** The language a person or business wants letters in (Danish unless they said otherwise). */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['people', 'businesses'])
    await db.schema
      .alterTable(table)
      .addColumn('preferred_locale', 'text', (column) =>
        column.notNull().defaultTo('da').check(sql`preferred_locale in ('da', 'en')`),
      )
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['people', 'businesses'])
    await db.schema.alterTable(table).dropColumn('preferred_locale').execute();
}
