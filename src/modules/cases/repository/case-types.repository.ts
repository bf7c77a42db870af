import type { Executor } from '#platform/db/database.ts';
import { tables, json } from './tables.ts';

// Case types and their versions.

export const listCaseTypeVersions = (executor: Executor) =>
  tables(executor).selectFrom('cases_case_type_versions').selectAll().orderBy('code').orderBy('version').execute();
export const findCaseTypeVersion = (executor: Executor, id: string) =>
  tables(executor).selectFrom('cases_case_type_versions').selectAll().where('id', '=', id).executeTakeFirst();
export const currentCaseTypeVersions = (executor: Executor) =>
  tables(executor)
    .selectFrom('cases_case_types as type')
    .innerJoin('cases_case_type_versions as version', 'version.id', 'type.current_version_id')
    .selectAll('version')
    .orderBy('version.code')
    .execute();
export const findCurrentCaseTypeVersion = (executor: Executor, code: string) =>
  tables(executor)
    .selectFrom('cases_case_types as type')
    .innerJoin('cases_case_type_versions as version', 'version.id', 'type.current_version_id')
    .selectAll('version')
    .where('type.code', '=', code)
    .executeTakeFirst();

export const insertCaseType = (executor: Executor, code: string) =>
  tables(executor)
    .insertInto('cases_case_types')
    .values({ code, current_version_id: null })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .execute();

/** A new version of a case type (numbered after the last one), made current when `makeCurrent`. Lock the type row first. */
export async function insertCaseTypeVersion(
  executor: Executor,
  input: {
    code: string;
    origin: 'standard' | 'local';
    definition: unknown;
    createdBy: string | null;
    makeCurrent: boolean;
  },
) {
  await tables(executor)
    .selectFrom('cases_case_types')
    .select('code')
    .where('code', '=', input.code)
    .forUpdate()
    .execute();
  const last = await tables(executor)
    .selectFrom('cases_case_type_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('code', '=', input.code)
    .executeTakeFirst();
  const row = await tables(executor)
    .insertInto('cases_case_type_versions')
    .values({
      code: input.code,
      version: Number(last?.max ?? 0) + 1,
      origin: input.origin,
      definition: json(input.definition),
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.makeCurrent)
    await tables(executor)
      .updateTable('cases_case_types')
      .set({ current_version_id: row.id })
      .where('code', '=', input.code)
      .execute();
  return row;
}

export const latestVersionOfOrigin = (executor: Executor, code: string, origin: 'standard' | 'local') =>
  tables(executor)
    .selectFrom('cases_case_type_versions')
    .selectAll()
    .where('code', '=', code)
    .where('origin', '=', origin)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
