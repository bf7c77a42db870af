import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ContractTable } from './governance.tables.ts';
import { tables } from './system.repository.ts';

export type ContractRow = Omit<ContractTable, 'created_at' | 'id' | 'alert_days'> & { id: string };
export interface CostLine {
  contractId: string;
  year: number;
  kind: string;
  payer: string;
  budgetOre: number;
  actualOre: number | null;
}

const days = ['starts_on', 'ends_on', 'termination_deadline'] as const;

export function contractsOf(
  executor: Executor,
  systemIds: readonly string[],
): Promise<Array<ContractRow & { alert_days: number }>> {
  if (systemIds.length === 0) return Promise.resolve([]);
  return tables(executor)
    .selectFrom('governance_contracts')
    .select(['id', 'system_id', 'supplier', 'contract_number', 'owner_staff_id', 'payment_model', 'alert_days'])
    .select(days.map((day) => sql<string>`${sql.ref(day)}::text`.as(day)))
    .where('system_id', 'in', systemIds)
    .orderBy('starts_on')
    .execute();
}

export async function insertContract(executor: Executor, row: Omit<ContractRow, 'id'>): Promise<string> {
  const { id } = await tables(executor)
    .insertInto('governance_contracts')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertCosts(executor: Executor, lines: readonly CostLine[]): Promise<void> {
  if (lines.length === 0) return;
  await tables(executor)
    .insertInto('governance_costs')
    .values(
      lines.map((line) => ({
        contract_id: line.contractId,
        year: line.year,
        kind: line.kind,
        payer: line.payer,
        budget_ore: line.budgetOre,
        actual_ore: line.actualOre,
      })),
    )
    .execute();
}

export async function costsOf(executor: Executor, contractIds: readonly string[]): Promise<CostLine[]> {
  if (contractIds.length === 0) return [];
  const rows = await tables(executor)
    .selectFrom('governance_costs')
    .selectAll()
    .where('contract_id', 'in', contractIds)
    .orderBy('year')
    .orderBy('kind')
    .execute();
  return rows.map((row) => ({
    contractId: row.contract_id,
    year: row.year,
    kind: row.kind,
    payer: row.payer,
    budgetOre: Number(row.budget_ore),
    actualOre: row.actual_ore === null ? null : Number(row.actual_ore),
  }));
}

/** Contracts whose alert window has opened by `today` and whose deadline has not passed, not yet alerted. */
export function contractsToAlert(executor: Executor, today: string) {
  return tables(executor)
    .selectFrom('governance_contracts as contract')
    .innerJoin('governance_systems as system', 'system.id', 'contract.system_id')
    .select(['contract.id', 'contract.contract_number', 'contract.supplier', 'contract.owner_staff_id'])
    .select(['system.name as system_name', sql<string>`contract.termination_deadline::text`.as('termination_deadline')])
    .where(sql<boolean>`contract.termination_deadline >= ${today}::date`)
    .where(sql<boolean>`contract.termination_deadline - contract.alert_days <= ${today}::date`)
    .where((where) =>
      where.not(
        where.exists(
          where
            .selectFrom('governance_deadline_alerts as alert')
            .select('alert.contract_id')
            .whereRef('alert.contract_id', '=', 'contract.id')
            .whereRef('alert.termination_deadline', '=', 'contract.termination_deadline'),
        ),
      ),
    )
    .orderBy('contract.termination_deadline')
    .execute();
}

/** Claims the alert of a contract's deadline: false when it was sent before (another worker, an earlier run). */
export async function claimAlert(executor: Executor, contractId: string, deadline: string, staffId: string) {
  const claimed = await tables(executor)
    .insertInto('governance_deadline_alerts')
    .values({ contract_id: contractId, termination_deadline: deadline, staff_id: staffId })
    .onConflict((conflict) => conflict.columns(['contract_id', 'termination_deadline']).doNothing())
    .returning('contract_id')
    .executeTakeFirst();
  return !!claimed;
}
