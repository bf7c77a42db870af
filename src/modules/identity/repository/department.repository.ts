import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';

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
export const findDepartmentById = (executor: Executor, id: string) =>
  identity(executor).selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
