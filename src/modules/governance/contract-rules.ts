import type { FieldProblem } from '#platform/http/problem.ts';
import { costKinds, isCode } from './governance-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { readKroner } from './money.ts';

/** A new contract as the form or an import gives it (texts, checked here). */
export interface ContractInput {
  supplier: string;
  contractNumber: string;
  startsOn: string;
  endsOn: string;
  terminationDeadline: string;
  ownerStaffId: string;
  paymentModel: string;
}

/** One year's economy stream of a contract, amounts as typed (`1.250.000,50`). */
export interface CostInput {
  year: string;
  kind: string;
  payer: string;
  budget: string;
  actual: string;
}

export interface ContractPeriod {
  supplier: string;
  startsOn: string;
  endsOn: string;
  contractNumber: string;
}

const overlaps = (a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }) =>
  a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/**
 * What is wrong with a contract: missing texts, dates that are not dates, an end before the start, a termination
 * deadline outside the period, or a period overlapping another contract of the same system with the same supplier
 * (a renewal starts after the contract it renews ends).
 */
export function contractProblems(input: ContractInput, existing: readonly ContractPeriod[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['supplier', 'contractNumber', 'paymentModel'] as const)
    if (!input[field].trim()) problems.push({ field, key: `governance.contract.${field}.required` });
  for (const field of ['startsOn', 'endsOn', 'terminationDeadline'] as const)
    if (!isDay(input[field])) problems.push({ field, key: 'governance.day.invalid' });
  if (problems.some((problem) => problem.key === 'governance.day.invalid')) return problems;
  if (input.endsOn < input.startsOn) problems.push({ field: 'endsOn', key: 'governance.contract.endsBeforeStart' });
  if (input.terminationDeadline > input.endsOn)
    problems.push({ field: 'terminationDeadline', key: 'governance.contract.deadlineAfterEnd' });
  if (input.terminationDeadline < input.startsOn)
    problems.push({ field: 'terminationDeadline', key: 'governance.contract.deadlineBeforeStart' });
  const supplier = input.supplier.trim().toLowerCase();
  const clash = existing.find((other) => other.supplier.trim().toLowerCase() === supplier && overlaps(input, other));
  if (clash)
    problems.push({
      field: 'startsOn',
      key: 'governance.contract.overlaps',
      values: { number: clash.contractNumber, from: clash.startsOn, to: clash.endsOn },
    });
  return problems;
}

export interface CostRow {
  year: number;
  kind: string;
  payer: string;
  budgetOre: number;
  actualOre: number | null;
}

function amountProblem(field: string, text: string, optional: boolean): FieldProblem | number | null {
  if (optional && !text.trim()) return null;
  const reading = readKroner(text);
  if (reading.ok) return reading.ore;
  return { field, key: reading.problem === 'negative' ? 'governance.cost.negative' : 'governance.cost.format' };
}

/** A cost line read and checked: its row, or the problems naming the fields. */
export function readCost(
  input: CostInput,
  payers: readonly string[],
): { ok: true; row: CostRow } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const year = Number(input.year);
  if (!/^\d{4}$/.test(input.year.trim()) || year < 2000 || year > 2100)
    problems.push({ field: 'year', key: 'governance.cost.year.invalid' });
  if (!isCode(costKinds, input.kind)) problems.push({ field: 'kind', key: 'governance.cost.kind.invalid' });
  if (!payers.includes(input.payer)) problems.push({ field: 'payer', key: 'governance.cost.payer.invalid' });
  const budget = amountProblem('budget', input.budget, false);
  const actual = amountProblem('actual', input.actual, true);
  for (const amount of [budget, actual]) if (amount && typeof amount === 'object') problems.push(amount);
  if (problems.length) return { ok: false, problems };
  const row = { year, kind: input.kind, payer: input.payer, budgetOre: budget as number, actualOre: actual as number };
  return { ok: true, row };
}
