import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { DutyTable, GovernanceTables, SystemRoleTable, SystemTable } from './governance.tables.ts';

export const tables = (executor: Executor) => executor.withTables<GovernanceTables>();
export type SystemRow = Omit<SystemTable, 'id' | 'created_at'> & { id: string };
export type NewSystemRow = Omit<SystemTable, 'id' | 'created_at'>;

export function listSystems(executor: Executor, ids?: readonly string[]): Promise<SystemRow[]> {
  if (ids?.length === 0) return Promise.resolve([]);
  let query = tables(executor)
    .selectFrom('governance_systems')
    .select(['id', 'name', 'supplier', 'description', 'lifecycle', 'criticality', 'hosting', 'personal_data'])
    .select(['users_band', 'department_codes', 'kle', 'usage_source'])
    .orderBy('name');
  if (ids) query = query.where('id', 'in', ids);
  return query.execute();
}

export async function findSystem(executor: Executor, id: string): Promise<SystemRow | undefined> {
  return (await listSystems(executor, [id]))[0];
}

export async function insertSystem(executor: Executor, row: NewSystemRow): Promise<string> {
  const { id } = await tables(executor)
    .insertInto('governance_systems')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Whether another system (not `exceptId`) already has this name, case-insensitively. */
export async function systemNameTaken(executor: Executor, name: string, exceptId?: string): Promise<boolean> {
  let query = tables(executor)
    .selectFrom('governance_systems')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.trim().toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return !!(await query.executeTakeFirst());
}

export async function updateSystem(executor: Executor, id: string, row: NewSystemRow): Promise<void> {
  await tables(executor).updateTable('governance_systems').set(row).where('id', '=', id).execute();
}

export function rolesOfSystems(executor: Executor, systemIds: readonly string[]): Promise<SystemRoleTable[]> {
  if (systemIds.length === 0) return Promise.resolve([]);
  return tables(executor)
    .selectFrom('governance_system_roles')
    .selectAll()
    .where('system_id', 'in', systemIds)
    .execute();
}

export const rolesOfStaff = (executor: Executor, staffId: string) =>
  tables(executor).selectFrom('governance_system_roles').selectAll().where('staff_id', '=', staffId).execute();

export async function insertRoles(executor: Executor, rows: readonly SystemRoleTable[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await tables(executor)
    .insertInto('governance_system_roles')
    .values([...rows])
    .onConflict((conflict) => conflict.columns(['system_id', 'role', 'staff_id']).doNothing())
    .returning('role')
    .execute();
  return added.length;
}

export async function deleteRole(executor: Executor, row: SystemRoleTable): Promise<number> {
  const removed = await tables(executor)
    .deleteFrom('governance_system_roles')
    .where('system_id', '=', row.system_id)
    .where('role', '=', row.role)
    .where('staff_id', '=', row.staff_id)
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}

export const deleteRolesOfStaff = (executor: Executor, staffId: string) =>
  tables(executor).deleteFrom('governance_system_roles').where('staff_id', '=', staffId).execute();

export function dutiesOf(executor: Executor, systemIds: readonly string[]): Promise<DutyTable[]> {
  if (systemIds.length === 0) return Promise.resolve([]);
  return tables(executor)
    .selectFrom('governance_duties')
    .select(['system_id', 'duty', 'status', 'evidence'])
    .select([
      sql<string | null>`last_reviewed::text`.as('last_reviewed'),
      sql<string>`next_review::text`.as('next_review'),
    ])
    .where('system_id', 'in', systemIds)
    .execute();
}

export async function upsertDuty(executor: Executor, row: DutyTable): Promise<void> {
  await tables(executor)
    .insertInto('governance_duties')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['system_id', 'duty']).doUpdateSet({
        status: row.status,
        evidence: row.evidence,
        last_reviewed: row.last_reviewed,
        next_review: row.next_review,
      }),
    )
    .execute();
}
