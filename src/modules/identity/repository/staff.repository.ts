import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';

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
