import type { CasesContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Text } from './key-figure.ts';

/** Where the codes of a breakdown get their names: the owning modules' contracts, never their tables. */
export interface NameSources {
  identity: Pick<IdentityContract, 'departmentByCode'>;
  cases: Pick<CasesContract, 'caseTypeSummary'>;
}

/** A dimension value's name in both languages, when its owner knows it (channels are named by insight's catalogue). */
async function nameOf(sources: NameSources, dimension: string, value: string): Promise<Text | undefined> {
  if (dimension === 'department') return (await sources.identity.departmentByCode(value))?.name;
  if (dimension === 'caseType') return (await sources.cases.caseTypeSummary(value))?.name;
  return undefined;
}

/** The breakdown with each cell's name, so a chart or table says "Boligstøtte" and not "housing-benefit". */
export async function withNames<B extends { dimension: string; cells: Array<{ value: string; name?: Text }> }>(
  sources: NameSources,
  breakdown: B,
): Promise<B> {
  const cells = await Promise.all(
    breakdown.cells.map(async (cell) => ({ ...cell, name: await nameOf(sources, breakdown.dimension, cell.value) })),
  );
  return { ...breakdown, cells };
}
