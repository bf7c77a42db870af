import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan, ForbiddenError } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { notFound, type FieldProblem } from '#platform/http/problem.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { duties, dutyStatuses, isCode, systemRoles } from './governance-codes.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';
import { mayChangeSystem } from './governance.policy.ts';
import { refuseWith } from './governance-problems.ts';
import * as repository from './repository/system.repository.ts';
import { type SystemInput, systemProblems, systemRow } from './system-input.ts';
import { toSystem, type ItSystem, type SystemRoleHolder } from './system.types.ts';

export type Identity = Pick<IdentityContract, 'getStaff' | 'listDepartments' | 'staffInDepartment'>;

export interface DutyReview {
  duty: string;
  status: string;
  evidence: string;
  nextReview: string;
}

/** The IT-system register: systems, the roles people hold on them, and the system owner's duties. */
export class RegisterService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
  ) {}

  async list(actor: Principal, ids?: readonly string[]): Promise<ItSystem[]> {
    assertCan(actor, 'governance:read');
    const rows = await repository.listSystems(this.db, ids);
    const roles = await this.holders(rows.map((row) => row.id));
    return rows.map((row) => toSystem(row, roles.get(row.id) ?? [], []));
  }

  async get(actor: Principal, id: string): Promise<ItSystem> {
    assertCan(actor, 'governance:read');
    const row = isUuid(id) ? await repository.findSystem(this.db, id) : undefined;
    if (!row) throw notFound('governance.system.notFound');
    const roles = (await this.holders([id])).get(id) ?? [];
    const dutyRows = await repository.dutiesOf(this.db, [id]);
    return toSystem(row, roles, dutyRows, danishDay());
  }

  /** The systems on which a staff member holds a role, with the roles. */
  async systemsOf(staffId: string): Promise<Map<string, string[]>> {
    const byId = new Map<string, string[]>();
    for (const row of await repository.rolesOfStaff(this.db, staffId))
      byId.set(row.system_id, [...(byId.get(row.system_id) ?? []), row.role]);
    return byId;
  }

  async create(actor: Principal, input: SystemInput): Promise<string> {
    assertCan(actor, 'governance:admin');
    const departments = (await this.identity.listDepartments()).map((department) => department.code);
    const taken = await repository.systemNameTaken(this.db, input.name);
    refuseWith('governance.system.invalid', systemProblems(input, departments, taken));
    return this.db.transaction().execute((trx) => this.insert(trx, actor, input, 'governance:system-create'));
  }

  /**
   * An import's systems, checked by the caller: those whose name the register already holds are skipped, the rest
   * added in one transaction (all or none), each audited. Returns how many were added and skipped.
   */
  async importSystems(actor: Principal, inputs: readonly SystemInput[]): Promise<{ added: number; skipped: number }> {
    assertCan(actor, 'governance:admin');
    return this.db.transaction().execute(async (trx) => {
      let added = 0;
      for (const input of inputs) {
        if (await repository.systemNameTaken(trx, input.name)) continue;
        await this.insert(trx, actor, input, 'governance:system-import');
        added++;
      }
      return { added, skipped: inputs.length - added };
    });
  }

  private async insert(trx: Executor, actor: Principal, input: SystemInput, action: string): Promise<string> {
    const id = await repository.insertSystem(trx, systemRow(input));
    const today = danishDay();
    for (const duty of duties)
      await repository.upsertDuty(trx, {
        system_id: id,
        duty,
        status: 'attention',
        evidence: '',
        last_reviewed: null,
        next_review: today,
      });
    await audit(trx, actor, action, id);
    return id;
  }

  /** The owner (or an administrator) corrects a system's facts; the same rules as a new system, the name unique. */
  async update(actor: Principal, id: string, input: SystemInput): Promise<void> {
    assertCan(actor, 'governance:change');
    await this.assertMayChange(actor, id);
    const departments = (await this.identity.listDepartments()).map((department) => department.code);
    const taken = await repository.systemNameTaken(this.db, input.name, id);
    refuseWith('governance.system.invalidChange', systemProblems(input, departments, taken));
    await this.db.transaction().execute(async (trx) => {
      await repository.updateSystem(trx, id, systemRow(input));
      await audit(trx, actor, 'governance:system-update', id);
    });
  }

  /** Department codes and names, for the system form's choices. */
  async departmentChoices(): Promise<Array<{ value: string; label: string; name: { da: string; en: string } }>> {
    return (await this.identity.listDepartments()).map((department) => ({
      value: department.code,
      label: department.code,
      name: department.name,
    }));
  }

  /** Gives a role on a system to someone in the staff register (anyone else is refused, naming the field). */
  async assignRole(actor: Principal, systemId: string, role: string, staffId: string): Promise<void> {
    assertCan(actor, 'governance:admin');
    await this.get(actor, systemId);
    const problems: FieldProblem[] = [];
    if (!isCode(systemRoles, role)) problems.push({ field: 'role', key: 'governance.code.invalid' });
    if (!(await this.staffExists(staffId))) problems.push({ field: 'staffId', key: 'governance.role.unknownStaff' });
    refuseWith('governance.role.invalid', problems);
    await this.db.transaction().execute(async (trx) => {
      await repository.insertRoles(trx, [{ system_id: systemId, role, staff_id: staffId }]);
      await audit(trx, actor, 'governance:role-assign', systemId, staffId);
    });
  }

  /** Takes a role on a system from a person (an administrator's correction); a role not held is a 404. */
  async removeRole(actor: Principal, systemId: string, role: string, staffId: string): Promise<void> {
    assertCan(actor, 'governance:admin');
    await this.get(actor, systemId);
    if (!isCode(systemRoles, role) || !isUuid(staffId)) throw notFound('governance.role.notHeld');
    await this.db.transaction().execute(async (trx) => {
      const removed = await repository.deleteRole(trx, { system_id: systemId, role, staff_id: staffId });
      if (!removed) throw notFound('governance.role.notHeld');
      await audit(trx, actor, 'governance:role-remove', systemId, staffId);
    });
  }

  /**
   * Someone leaves: every role they hold moves to a successor in one action (or is copied, keeping theirs).
   * Returns how many roles the successor received.
   */
  async transferRoles(actor: Principal, fromStaffId: string, toStaffId: string, keep = false): Promise<number> {
    assertCan(actor, 'governance:admin');
    const problems: FieldProblem[] = [];
    if (!(await this.staffExists(fromStaffId))) problems.push({ field: 'from', key: 'governance.role.unknownStaff' });
    if (!(await this.staffExists(toStaffId))) problems.push({ field: 'to', key: 'governance.role.unknownStaff' });
    if (!problems.length && fromStaffId === toStaffId) problems.push({ field: 'to', key: 'governance.role.sameStaff' });
    refuseWith('governance.role.invalid', problems);
    return this.db.transaction().execute(async (trx) => {
      const held = await repository.rolesOfStaff(trx, fromStaffId);
      const moved = await repository.insertRoles(
        trx,
        held.map((row) => ({ ...row, staff_id: toStaffId })),
      );
      if (!keep) await repository.deleteRolesOfStaff(trx, fromStaffId);
      await audit(trx, actor, keep ? 'governance:role-copy' : 'governance:role-transfer', fromStaffId, toStaffId);
      return moved;
    });
  }

  /** The owner (or an administrator) reviews one of the five duties: its status, evidence and next review. */
  async reviewDuty(actor: Principal, systemId: string, review: DutyReview): Promise<void> {
    assertCan(actor, 'governance:change');
    await this.assertMayChange(actor, systemId);
    const problems: FieldProblem[] = [];
    if (!isCode(duties, review.duty)) problems.push({ field: 'duty', key: 'governance.code.invalid' });
    if (!isCode(dutyStatuses, review.status)) problems.push({ field: 'status', key: 'governance.code.invalid' });
    const today = danishDay();
    if (!isDay(review.nextReview)) problems.push({ field: 'nextReview', key: 'governance.day.invalid' });
    else if (review.nextReview <= today || review.nextReview > addDays(today, 3 * 366))
      problems.push({ field: 'nextReview', key: 'governance.duty.nextReview' });
    refuseWith('governance.duty.invalid', problems);
    await this.db.transaction().execute(async (trx) => {
      await repository.upsertDuty(trx, {
        system_id: systemId,
        duty: review.duty,
        status: review.status,
        evidence: review.evidence.trim(),
        last_reviewed: today,
        next_review: review.nextReview,
      });
      await audit(trx, actor, 'governance:duty-review', systemId);
    });
  }

  /** Refuses a change to a system the actor does not answer for (403, nothing changes). */
  async assertMayChange(actor: Principal, systemId: string): Promise<ItSystem> {
    const system = await this.get(actor, systemId);
    if (!mayChangeSystem(actor, system.roles)) throw new ForbiddenError('governance:change');
    return system;
  }

  /** Active staff of every department, by name: whom a role can be given to or moved to. */
  async staffChoices(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    assertCan(actor, 'governance:admin');
    return this.activeStaff();
  }

  /** Active staff of every department, by name (names only, as the staff register gives other modules). */
  async activeStaff(): Promise<Array<{ id: string; name: string }>> {
    const departments = await this.identity.listDepartments();
    const staff = (
      await Promise.all(departments.map((department) => this.identity.staffInDepartment(department.id)))
    ).flat();
    return staff.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /** Whether the id is someone in the staff register. */
  async staffExists(staffId: string): Promise<boolean> {
    return isUuid(staffId) && !!(await this.identity.getStaff(staffId));
  }

  private async holders(systemIds: readonly string[]): Promise<Map<string, SystemRoleHolder[]>> {
    const rows = await repository.rolesOfSystems(this.db, systemIds);
    const names = new Map<string, string>();
    for (const staffId of new Set(rows.map((row) => row.staff_id)))
      names.set(staffId, (await this.identity.getStaff(staffId))?.name ?? '');
    const bySystem = new Map<string, SystemRoleHolder[]>();
    for (const row of rows) {
      const holder = { role: row.role, staffId: row.staff_id, name: names.get(row.staff_id) ?? '' };
      bySystem.set(row.system_id, [...(bySystem.get(row.system_id) ?? []), holder]);
    }
    return bySystem;
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from a path or a form are checked before they reach a uuid column (which would refuse them with a 500). */
export const isUuid = (value: string): boolean => uuidPattern.test(value);

/** What the object id of an audited change names, when it is not an IT system. */
const auditObjectTypes: Record<string, string> = {
  'governance:role-transfer': 'staff',
  'governance:role-copy': 'staff',
  'governance:decision-record': 'committee-decision',
  'governance:benefit-add': 'initiative',
  'governance:initiative-create': 'initiative',
  'governance:initiative-update': 'initiative',
};

/** Every change to the register is audited, in its transaction; `staffId` names the person a role change is about. */
export function audit(trx: Executor, actor: Principal, action: string, objectId: string, staffId?: string) {
  return recordAudit(trx, {
    actor,
    action,
    objectType: auditObjectTypes[action] ?? (objectId === 'organisation' ? 'organisation' : 'it-system'),
    objectId,
    purpose: staffId ? `IT governance: roles of staff ${staffId}` : 'IT governance register',
  });
}
