import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { FieldProblem } from '#platform/http/problem.ts';
import { type ContractInput, contractProblems, type CostInput, type CostRow, readCost } from './contract-rules.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { refuseWith } from './governance-problems.ts';
import { audit, type Identity, isUuid, type RegisterService } from './register.service.ts';
import * as repository from './repository/contract.repository.ts';

export interface Contract {
  id: string;
  systemId: string;
  supplier: string;
  contractNumber: string;
  startsOn: string;
  endsOn: string;
  terminationDeadline: string;
  ownerStaffId: string;
  paymentModel: string;
  costs: CostRow[];
  /** days before the termination deadline its owner is warned by e-mail */
  alertDays: number;
  /** the termination deadline lies within the alert window (and has not passed) */
  deadlineSoon: boolean;
}

/** How many days before a termination deadline the contract owner is alerted. */
export const DEADLINE_ALERT_DAYS = 90;

/** Contracts and their economy streams (costs per year, type and paying unit, budget and actual). */
export class ContractService {
  constructor(
    private readonly db: Database,
    private readonly register: RegisterService,
    private readonly identity: Identity,
  ) {}

  async ofSystems(systemIds: readonly string[], today = danishDay()): Promise<Contract[]> {
    const rows = await repository.contractsOf(this.db, systemIds);
    const costs = await repository.costsOf(
      this.db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      id: row.id,
      systemId: row.system_id,
      supplier: row.supplier,
      contractNumber: row.contract_number,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      terminationDeadline: row.termination_deadline,
      ownerStaffId: row.owner_staff_id,
      paymentModel: row.payment_model,
      costs: costs.filter((cost) => cost.contractId === row.id),
      alertDays: row.alert_days,
      deadlineSoon:
        row.termination_deadline >= today &&
        row.termination_deadline <= addDays(today, Math.max(row.alert_days, DEADLINE_ALERT_DAYS)),
    }));
  }

  /** The paying units a cost may name: the central IT budget or a department. */
  async payers(): Promise<string[]> {
    return ['central', ...(await this.identity.listDepartments()).map((department) => department.code)];
  }

  /**
   * Adds a contract with its cost lines, all or nothing: every problem of the contract and of each line is named
   * (a line's fields as `costs.<n>.<field>`), and nothing is stored while one remains.
   */
  async add(actor: Principal, systemId: string, input: ContractInput, costs: readonly CostInput[]): Promise<string> {
    assertCan(actor, 'governance:change');
    await this.register.assertMayChange(actor, systemId);
    const existing = await this.ofSystems([systemId]);
    const problems = contractProblems(input, existing);
    if (!isUuid(input.ownerStaffId) || !(await this.identity.getStaff(input.ownerStaffId)))
      problems.push({ field: 'ownerStaffId', key: 'governance.role.unknownStaff' });
    const payers = await this.payers();
    const lines: CostRow[] = [];
    costs.forEach((cost, index) => {
      const read = readCost(cost, payers);
      if (read.ok) lines.push(read.row);
      else
        problems.push(
          ...read.problems.map((problem): FieldProblem => ({ ...problem, field: `costs.${index}.${problem.field}` })),
        );
    });
    refuseWith('governance.contract.invalid', problems);
    return this.db.transaction().execute(async (trx) => {
      const id = await repository.insertContract(trx, {
        system_id: systemId,
        supplier: input.supplier.trim(),
        contract_number: input.contractNumber.trim(),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        termination_deadline: input.terminationDeadline,
        owner_staff_id: input.ownerStaffId,
        payment_model: input.paymentModel.trim(),
      });
      await repository.insertCosts(
        trx,
        lines.map((line) => ({ contractId: id, ...line })),
      );
      await audit(trx, actor, 'governance:contract-add', systemId);
      return id;
    });
  }
}
