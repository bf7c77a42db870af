import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';
import { TEST_IDENTITY_LIMIT } from './people.repository.ts';

export const findBusinessesByCvrs = (executor: Executor, cvrs: string[]) =>
  cvrs.length
    ? identity(executor).selectFrom('businesses').selectAll().where('cvr', 'in', cvrs).execute()
    : Promise.resolve([]);

export const findBusinessByCvr = (executor: Executor, cvr: string) =>
  identity(executor).selectFrom('businesses').selectAll().where('cvr', '=', cvr).executeTakeFirst();
export const findBusinessById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();
export async function upsertBusiness(
  executor: Executor,
  business: {
    cvr: string;
    name: string;
    address?: string | null;
    company_form?: string | null;
    is_test?: boolean;
    preferred_locale?: 'da' | 'en';
  },
) {
  return identity(executor)
    .insertInto('businesses')
    .values(business)
    .onConflict((conflict) =>
      conflict.column('cvr').doUpdateSet({
        name: (eb) => eb.ref('excluded.name'),
        // a login knows no company form: it keeps the one the register gave
        company_form: (eb) => eb.fn.coalesce('excluded.company_form', 'businesses.company_form'),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
export const listTestBusinesses = (executor: Executor) =>
  identity(executor)
    .selectFrom('businesses')
    .selectAll()
    .where('is_test', '=', true)
    .orderBy('name')
    .limit(TEST_IDENTITY_LIMIT)
    .execute();

/** Records the language a person or business wants letters in. */
export const setPreferredLocale = (
  executor: Executor,
  table: 'people' | 'businesses',
  id: string,
  locale: 'da' | 'en',
) => identity(executor).updateTable(table).set({ preferred_locale: locale }).where('id', '=', id).execute();
