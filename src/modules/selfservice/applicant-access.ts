import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Solution } from './catalogue/solution.ts';
import type { Owner } from './selfservice.repository.ts';
import { applicantOf, solutionRefusal } from './selfservice.policy.ts';

/** Whether an id can be a draft's or submission's id at all (anything else is "not found" without a query). */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The citizen or business whose drafts and submissions the principal may see; anyone else is refused. */
export function ownerOf(principal: Principal): Owner {
  const owner = applicantOf(principal);
  if (!owner) throw new HttpProblem(403, 'error.403.text');
  return owner;
}

/** Refuses a principal who may not apply with this solution (audience or assurance level); else their owner. */
export function assertMayApply(principal: Principal, solution: Solution): Owner {
  assertCan(principal, 'selfservice:apply');
  const refusal = solutionRefusal(principal, solution);
  if (refusal?.reason === 'audience')
    throw new HttpProblem(
      403,
      principal.kind === 'business' ? 'selfservice.refused.citizensOnly' : 'selfservice.refused.businessesOnly',
    );
  if (refusal?.reason === 'assurance')
    throw new HttpProblem(403, 'selfservice.refused.assurance', {
      required: refusal.required ?? 'low',
      actual: refusal.actual ?? 'low',
    });
  return ownerOf(principal);
}
