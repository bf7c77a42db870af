import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { staffRoles, type Principal, type StaffRole } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './identity.repository.ts';
import { removesOwnAdministratorRole } from './identity.policy.ts';
import { toStaff, type StaffMember } from './people.ts';

/** Every staff member, for the administrators' list. */
export async function listStaff(db: Database, actor: Principal): Promise<StaffMember[]> {
  assertCan(actor, 'identity:manage');
  return (await repository.listStaff(db)).map(toStaff);
}

export async function getStaffForAdministration(db: Database, actor: Principal, staffId: string): Promise<StaffMember> {
  assertCan(actor, 'identity:manage');
  const row = await repository.findStaffById(db, staffId);
  if (!row) throw new HttpProblem(404, 'error.404.text');
  return toStaff(row);
}

/** An administrator sets a staff member's roles and department; from then on they override the identity provider's claim. */
export async function setStaffRoles(
  db: Database,
  actor: Principal,
  staffId: string,
  roles: string[],
  departmentId: string | null,
): Promise<StaffMember> {
  assertCan(actor, 'identity:manage');
  const valid = roles.filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role));
  if (valid.length !== roles.length) throw new HttpProblem(400, 'identity.roles.invalid');
  // An administrator cannot lock themselves out: someone else must take their administrator role.
  if (removesOwnAdministratorRole(actor, staffId, valid)) throw new HttpProblem(400, 'identity.roles.ownAdministrator');
  if (departmentId && !(await repository.findDepartmentById(db, departmentId)))
    throw new HttpProblem(400, 'identity.department.unknown');
  return db.transaction().execute(async (trx) => {
    const row = await repository.updateStaffRoles(trx, staffId, valid, departmentId);
    if (!row) throw new HttpProblem(404, 'error.404.text');
    await recordAudit(trx, {
      actor,
      action: 'staff:roles',
      objectType: 'staff',
      objectId: staffId,
      purpose: `roles set to ${valid.join(', ') || 'none'}`,
    });
    return toStaff(row);
  });
}
