import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';

export const findPersonByCpr = (executor: Executor, cpr: string) =>
  identity(executor).selectFrom('people').selectAll().where('cpr', '=', cpr).executeTakeFirst();
export const findPersonById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
export const findPeopleByCprs = (executor: Executor, cprs: string[]) =>
  cprs.length
    ? identity(executor).selectFrom('people').selectAll().where('cpr', 'in', cprs).execute()
    : Promise.resolve([]);
export const findPeopleByIds = (executor: Executor, ids: string[]) =>
  ids.length
    ? identity(executor).selectFrom('people').selectAll().where('id', 'in', ids).execute()
    : Promise.resolve([]);

export async function upsertPerson(
  executor: Executor,
  person: {
    cpr: string;
    name: string;
    address?: string | null;
    postcode?: string | null;
    city?: string | null;
    is_test?: boolean;
    preferred_locale?: 'da' | 'en';
  },
) {
  return identity(executor)
    .insertInto('people')
    .values(person)
    .onConflict((conflict) => conflict.column('cpr').doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Test identities shown on the test identity provider's picker: bounded, since a benchmark may generate a million. */
export const TEST_IDENTITY_LIMIT = 500;
export const listTestPeople = (executor: Executor) =>
  identity(executor)
    .selectFrom('people')
    .selectAll()
    .where('is_test', '=', true)
    .orderBy('name')
    .limit(TEST_IDENTITY_LIMIT)
    .execute();
/** Every person's CPR number in the register (bulk letters to the whole municipality): one column, no rows mapped. */
export const listAllCprs = async (executor: Executor): Promise<string[]> =>
  (await identity(executor).selectFrom('people').select('cpr').orderBy('cpr').execute()).map((row) => row.cpr);
export const listPeople = (executor: Executor, limit: number, offset: number) =>
  identity(executor).selectFrom('people').selectAll().orderBy('name').limit(limit).offset(offset).execute();
