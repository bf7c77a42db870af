import { sql, type Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

export interface PersonRow {
  id: Generated<string>;
  cpr: string;
  name: string;
  address: string | null;
  postcode: string | null;
  city: string | null;
  is_test: Generated<boolean>;
  preferred_locale: Generated<'da' | 'en'>;
  created_at: Generated<Date>;
}
export interface BusinessRow {
  id: Generated<string>;
  cvr: string;
  name: string;
  address: string | null;
  is_test: Generated<boolean>;
  preferred_locale: Generated<'da' | 'en'>;
  created_at: Generated<Date>;
}
export interface StaffRow {
  id: Generated<string>;
  subject: string;
  name: string;
  email: string | null;
  department_id: string | null;
  roles: string[];
  roles_managed_locally: Generated<boolean>;
  active: Generated<boolean>;
  is_test: Generated<boolean>;
  created_at: Generated<Date>;
}
export interface DepartmentRow {
  id: Generated<string>;
  code: string;
  name_da: string;
  name_en: string;
}
export interface ApiClientRow {
  id: Generated<string>;
  name: string;
  key_hash: string;
  scopes: string[];
  department_id: string | null;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export type IdentityTables = {
  people: PersonRow;
  businesses: BusinessRow;
  staff: StaffRow;
  departments: DepartmentRow;
  api_clients: ApiClientRow;
  demo_seed: { seeded_at: Generated<Date> };
};

const identity = (executor: Executor) => executor.withTables<IdentityTables>();

export const findPersonByCpr = (executor: Executor, cpr: string) =>
  identity(executor).selectFrom('people').selectAll().where('cpr', '=', cpr).executeTakeFirst();
export const findPersonById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
export const findPeopleByCprs = (executor: Executor, cprs: string[]) =>
  cprs.length
    ? identity(executor).selectFrom('people').selectAll().where('cpr', 'in', cprs).execute()
    : Promise.resolve([]);
export const findBusinessesByCvrs = (executor: Executor, cvrs: string[]) =>
  cvrs.length
    ? identity(executor).selectFrom('businesses').selectAll().where('cvr', 'in', cvrs).execute()
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

export const findBusinessByCvr = (executor: Executor, cvr: string) =>
  identity(executor).selectFrom('businesses').selectAll().where('cvr', '=', cvr).executeTakeFirst();
export const findBusinessById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();
/** Records the language a person or business wants letters in. */
export const setPreferredLocale = (
  executor: Executor,
  table: 'people' | 'businesses',
  id: string,
  locale: 'da' | 'en',
) => identity(executor).updateTable(table).set({ preferred_locale: locale }).where('id', '=', id).execute();

export async function upsertBusiness(
  executor: Executor,
  business: { cvr: string; name: string; address?: string | null; is_test?: boolean; preferred_locale?: 'da' | 'en' },
) {
  return identity(executor)
    .insertInto('businesses')
    .values(business)
    .onConflict((conflict) => conflict.column('cvr').doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
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

export const listDepartments = (executor: Executor) =>
  identity(executor).selectFrom('departments').selectAll().orderBy('name_da').execute();
export const findDepartmentByCode = (executor: Executor, code: string) =>
  identity(executor).selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
export const insertDepartment = (executor: Executor, department: { code: string; name_da: string; name_en: string }) =>
  identity(executor)
    .insertInto('departments')
    .values(department)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .execute();

export const findStaffBySubject = (executor: Executor, subject: string) =>
  identity(executor).selectFrom('staff').selectAll().where('subject', '=', subject).executeTakeFirst();
export const findStaffById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
export const listStaff = (executor: Executor) =>
  identity(executor).selectFrom('staff').selectAll().orderBy('name').execute();

export async function upsertStaff(
  executor: Executor,
  staff: {
    subject: string;
    name: string;
    email?: string | null;
    department_id?: string | null;
    roles: string[];
    is_test?: boolean;
  },
) {
  return identity(executor)
    .insertInto('staff')
    .values(staff)
    .onConflict((conflict) =>
      conflict.column('subject').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        email: eb.ref('excluded.email'),
        // Roles an administrator set locally win over the identity provider's claim.
        roles: sql<string[]>`case when staff.roles_managed_locally then staff.roles else excluded.roles end`,
        department_id: sql<string | null>`coalesce(excluded.department_id, staff.department_id)`,
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const updateStaffRoles = (executor: Executor, id: string, roles: string[], departmentId: string | null) =>
  identity(executor)
    .updateTable('staff')
    .set({ roles, department_id: departmentId, roles_managed_locally: true })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const insertApiClient = (
  executor: Executor,
  client: { name: string; key_hash: string; scopes: string[]; department_id?: string | null },
) => identity(executor).insertInto('api_clients').values(client).returningAll().executeTakeFirstOrThrow();
export const findApiClientByKeyHash = (executor: Executor, keyHash: string) =>
  identity(executor)
    .selectFrom('api_clients')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
export const listApiClients = (executor: Executor) =>
  identity(executor).selectFrom('api_clients').selectAll().orderBy('created_at').execute();
export const revokeApiClient = (executor: Executor, id: string) =>
  identity(executor)
    .updateTable('api_clients')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
export const findDepartmentById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();

export const hasDemoSeed = async (executor: Executor) =>
  Boolean(await identity(executor).selectFrom('demo_seed').select('seeded_at').executeTakeFirst());
export const markDemoSeeded = (executor: Executor) =>
  identity(executor).insertInto('demo_seed').defaultValues().execute();
