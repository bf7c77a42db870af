import type { FieldProblem } from '#platform/http/problem.ts';
import {
  criticalities,
  hostings,
  isCode,
  lifecycles,
  personalDataLevels,
  usageSources,
  userBands,
} from './governance-codes.ts';
import type { NewSystemRow } from './repository/system.repository.ts';

/** A new IT system as the form or an import gives it. */
export interface SystemInput {
  name: string;
  supplier: string;
  description: string;
  lifecycle: string;
  criticality: string;
  hosting: string;
  personalData: string;
  usersBand: string;
  departmentCodes: string[];
  kle: string[];
  /** which Raadhus usage measure shows the system's use; empty: none (optional, absent in older imports) */
  usageSource?: string;
}

const codeFields = [
  ['lifecycle', lifecycles],
  ['criticality', criticalities],
  ['hosting', hostings],
  ['personalData', personalDataLevels],
  ['usersBand', userBands],
] as const;

/** What is wrong with a new system, by field; `departments` are the codes that exist. */
export function systemProblems(input: SystemInput, departments: readonly string[], nameTaken: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', key: 'governance.system.name.required' });
  else if (nameTaken) problems.push({ field: 'name', key: 'governance.system.name.taken' });
  if (!input.supplier.trim()) problems.push({ field: 'supplier', key: 'governance.system.supplier.required' });
  for (const [field, list] of codeFields)
    if (!isCode(list, input[field])) problems.push({ field, key: 'governance.code.invalid' });
  const unknown = input.departmentCodes.filter((code) => !departments.includes(code));
  if (unknown.length)
    problems.push({
      field: 'departmentCodes',
      key: 'governance.system.department',
      values: { codes: unknown.join(', ') },
    });
  if (input.usageSource && !isCode(usageSources, input.usageSource))
    problems.push({ field: 'usageSource', key: 'governance.code.invalid' });
  if (input.kle.some((code) => !/^\d{2}(\.\d{2}){0,2}$/.test(code)))
    problems.push({ field: 'kle', key: 'governance.system.kle.invalid' });
  return problems;
}

export const systemRow = (input: SystemInput): NewSystemRow => ({
  name: input.name.trim(),
  supplier: input.supplier.trim(),
  description: input.description.trim(),
  lifecycle: input.lifecycle,
  criticality: input.criticality,
  hosting: input.hosting,
  personal_data: input.personalData,
  users_band: input.usersBand,
  department_codes: input.departmentCodes,
  kle: input.kle,
  usage_source: input.usageSource || null,
});
