import type { Kysely } from 'kysely';

/**
 * A business's company form as the CVR register names it ("Anpartsselskab", "Statslig administrativ enhed",
 * "Primærkommune", ...): the one fact that tells a public authority from a private business.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('businesses').addColumn('company_form', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('businesses').dropColumn('company_form').execute();
}
