import type { Kysely } from 'kysely';

/**
 * What the applicant answered in a self-service form, as they saw it: each page's questions and answers in Danish
 * and English, with the form's version. The caseworker reads it on the case page; `fields` keeps the raw values the
 * workflow's guards and the document requirements read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases_cases').addColumn('submitted_form', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases_cases').dropColumn('submitted_form').execute();
}
