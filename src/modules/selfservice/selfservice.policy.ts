import { assuranceOrder, type Principal } from '#platform/auth/principal.ts';
import type { PartyRef } from '#platform/contracts.ts';
import type { Solution, SolutionAudience } from './catalogue/solution.ts';
import type { Owner } from './selfservice.repository.ts';
import type { Refusal } from './selfservice.types.ts';

/**
 * Whose draft or submission is this, and who may use a solution: the one place for the self-service module's
 * record rules. Drafts and submissions are read through their owner (the repository's `findOwn…` queries), so
 * another owner's id is "not found". The named action (`selfservice:apply`) is checked before, with `assertCan`.
 */

/** The owner of a citizen's or business representative's drafts and submissions: the person, or the business. */
export function applicantOf(principal: Principal): Owner | undefined {
  if (principal.kind === 'citizen' || principal.kind === 'business') return { kind: principal.kind, id: principal.id };
  return undefined;
}

/** The party a submission's case is created for: the applicant. */
export const applicantParty = (owner: Owner): PartyRef =>
  owner.kind === 'business' ? { businessId: owner.id } : { personId: owner.id };

/** Why this principal may not use this solution (its audience, or a login assurance too low), or undefined when they may. */
export function solutionRefusal(principal: Principal, solution: Solution): Refusal | undefined {
  const audience: SolutionAudience | undefined =
    principal.kind === 'citizen' ? 'citizen' : principal.kind === 'business' ? 'business' : undefined;
  if (!audience || !solution.audiences.includes(audience))
    return { reason: 'audience', audience: solution.audiences[0] };
  if (assuranceOrder[principal.assurance ?? 'low'] < assuranceOrder[solution.assurance])
    return { reason: 'assurance', required: solution.assurance, actual: principal.assurance ?? 'low' };
  return undefined;
}
