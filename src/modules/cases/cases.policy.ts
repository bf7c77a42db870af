import { clientDepartment, type Principal } from '#platform/auth/principal.ts';

/**
 * Whose case is this: the one place for the cases module's record rules. Pure functions over the principal
 * and the few columns of a case they need; the services load the case and act on the answer. The named
 * action (`case:read`, `case:own`, ...) is checked before, with `assertCan`.
 */

/** The columns of a case the rules read. */
export interface CaseOwnership {
  department_id: string | null;
  assignee_id: string | null;
}

/** What staff or an API client may see of a case: all of it, or nothing (as if it did not exist). */
export type CaseAccess = 'allowed' | 'hidden';

/**
 * Staff handle the cases of their department and the cases assigned to them. An API client limited to a
 * department sees that department's cases; a client of all departments sees every case. Everybody else's
 * answer is "not found", exactly as for an unknown id (404): a refusal that named the department would tell
 * that the case exists. Citizens and businesses never reach a case this way (their own cases are `partyOf`).
 */
export function staffCaseAccess(actor: Principal, kase: CaseOwnership): CaseAccess {
  if (actor.kind === 'client')
    return !actor.departmentId || kase.department_id === actor.departmentId ? 'allowed' : 'hidden';
  if (actor.kind !== 'staff') return 'hidden';
  const ownDepartment = actor.departmentId != null && kase.department_id === actor.departmentId;
  return ownDepartment || kase.assignee_id === actor.id ? 'allowed' : 'hidden';
}

/**
 * An API client limited to a department creates cases only of the case types its department handles (a case
 * of another department would be one it cannot read). Everyone else is not limited here: the named action decides.
 */
export function mayCreateCaseIn(actor: Principal, departmentId: string | null | undefined): boolean {
  const limit = clientDepartment(actor);
  return !limit || limit === departmentId;
}

/** The party a citizen or business is on their own cases: the person, or the business (for its representatives). */
export function partyOf(principal: Principal): { personId: string } | { businessId: string } | undefined {
  if (principal.kind === 'citizen') return { personId: principal.id };
  if (principal.kind === 'business') return { businessId: principal.id };
  return undefined;
}

/** A citizen or business creates a case only for themselves, and only through self-service. */
export function mayCreateOwnCase(
  principal: Principal,
  applicant: { personId?: string; businessId?: string },
  channel: string,
): boolean {
  const party = partyOf(principal);
  if (!party || channel !== 'selfservice') return false;
  return 'businessId' in party ? applicant.businessId === party.businessId : applicant.personId === party.personId;
}

/** A case (or one of its tasks) is assigned only to a staff member of the case's department. */
export function mayBeAssigned<Member extends { departmentId: string | null }>(
  member: Member | undefined,
  kase: Pick<CaseOwnership, 'department_id'>,
): member is Member {
  return member != null && member.departmentId === kase.department_id;
}
