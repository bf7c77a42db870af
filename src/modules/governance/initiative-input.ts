import type { FieldProblem } from '#platform/http/problem.ts';
import { focusAreas, fundings, isCode, phases, ratings } from './governance-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { readKroner } from './money.ts';

/** An initiative of the action plan as its form gives it (texts as typed). */
export interface InitiativeInput {
  year: string;
  title: string;
  focusArea: string;
  departmentCode: string;
  ownerStaffId: string;
  phase: string;
  status: string;
  budget: string;
  funding: string;
  goLive: string;
}

/** An initiative's checked values, ready to store. */
export interface InitiativeValues {
  year: number;
  title: string;
  focusArea: string;
  departmentCode: string;
  ownerStaffId: string;
  phase: string;
  status: string;
  budgetOre: number;
  funding: string;
  goLive: string | null;
}

const codeFields = [
  ['focusArea', focusAreas],
  ['phase', phases],
  ['status', ratings],
  ['funding', fundings],
] as const;

/**
 * What is wrong with an initiative, by field (`departments` are the codes that exist; whether the owner is in the
 * staff register is asked by the service), or its values when nothing is.
 */
export function readInitiative(
  input: InitiativeInput,
  departments: readonly string[],
): { problems: FieldProblem[]; values?: InitiativeValues } {
  const problems: FieldProblem[] = [];
  const year = /^\d{4}$/.test(input.year.trim()) ? Number(input.year.trim()) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) problems.push({ field: 'year', key: 'governance.initiative.year.invalid' });
  if (!input.title.trim()) problems.push({ field: 'title', key: 'governance.initiative.title.required' });
  else if (input.title.trim().length > 200) problems.push({ field: 'title', key: 'governance.initiative.title.long' });
  for (const [field, list] of codeFields)
    if (!isCode(list, input[field])) problems.push({ field, key: 'governance.code.invalid' });
  if (!departments.includes(input.departmentCode))
    problems.push({ field: 'departmentCode', key: 'governance.code.invalid' });
  const budget = readKroner(input.budget);
  if (!budget.ok)
    problems.push({
      field: 'budget',
      key: budget.problem === 'negative' ? 'governance.cost.negative' : 'governance.cost.format',
    });
  const goLive = input.goLive.trim();
  if (goLive && !isDay(goLive)) problems.push({ field: 'goLive', key: 'governance.day.invalid' });
  if (problems.length || !budget.ok) return { problems };
  return {
    problems,
    values: {
      year,
      title: input.title.trim(),
      focusArea: input.focusArea,
      departmentCode: input.departmentCode,
      ownerStaffId: input.ownerStaffId,
      phase: input.phase,
      status: input.status,
      budgetOre: budget.ore,
      funding: input.funding,
      goLive: goLive || null,
    },
  };
}
