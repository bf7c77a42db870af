import type { Principal } from '#platform/auth/principal.ts';
import { assertCan, can } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseAccess } from './case-access.service.ts';
import { isUuid } from './case-presenters.ts';
import { mayBeAssigned } from './cases.policy.ts';
import * as repository from './cases.repository.ts';
import { eventBy } from './workflow-actions.ts';

export function handOffProblems(input: { reason: string }): FieldProblem[] {
  return input.reason.trim() ? [] : [{ field: 'reason', key: 'cases.handOff.reasonRequired' }];
}

/** Who handles a case: assigning it to a caseworker, and handing it off to another department. */
export class CaseAssignment {
  constructor(
    private readonly access: CaseAccess,
    private readonly identity: IdentityContract,
  ) {}

  /** Assigns the case to a caseworker of its department (or to nobody). */
  async assign(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    assigneeId: string | null,
    now = new Date(),
  ): Promise<repository.Case> {
    return this.access.change(actor, caseId, version, 'case:update', async (trx, row) => {
      let name: string | null = null;
      if (assigneeId) {
        const staff = isUuid(assigneeId) ? await this.identity.getStaff(assigneeId, trx) : undefined;
        if (!mayBeAssigned(staff, row)) throw new HttpProblem(400, 'cases.assign.notColleague');
        name = staff.name;
      }
      const updated = await this.access.update(trx, row, { assignee_id: assigneeId });
      await repository.insertEvent(trx, {
        ...eventBy(actor, row.id, 'assigned', { assigneeId, assigneeName: name }),
        occurred_at: now,
      });
      return updated;
    });
  }

  /** Hands the case off to another department (audited); it leaves the caller's queue unassigned. */
  async handOff(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    departmentCode: string,
    reason: string,
  ): Promise<repository.Case> {
    if (handOffProblems({ reason }).length) throw new HttpProblem(400, 'cases.handOff.reasonRequired');
    return this.access.change(actor, caseId, version, 'case:update', async (trx, row) => {
      const department = await this.identity.departmentByCode(departmentCode);
      if (!department) throw new HttpProblem(400, 'cases.department.unknown', { code: departmentCode });
      if (department.id === row.department_id) throw new HttpProblem(400, 'cases.handOff.sameDepartment');
      const updated = await this.access.update(trx, row, { department_id: department.id, assignee_id: null });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'department', { departmentCode, reason }));
      await recordAudit(trx, {
        actor,
        action: 'case:hand-off',
        objectType: 'case',
        objectId: row.id,
        purpose: `handed off to ${departmentCode}: ${reason}`.slice(0, 500),
      });
      return updated;
    });
  }

  /** Colleagues for the case page's assign and task forms (none for those who cannot change cases). */
  async colleaguesFor(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    return can(actor, 'case:update') ? this.colleagues(actor) : [];
  }

  /** Colleagues in the caller's department, for "assign to a colleague". */
  async colleagues(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    assertCan(actor, 'case:update');
    return actor.departmentId ? this.identity.staffInDepartment(actor.departmentId) : [];
  }

  /** The departments a case can be handed off to. */
  async departments(): Promise<Department[]> {
    return this.identity.listDepartments();
  }
}
