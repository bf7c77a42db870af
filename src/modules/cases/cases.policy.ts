import type { Principal } from '#platform/auth/principal.ts';

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

/** What staff or an API client may see of a case: all of it, a refusal that names the department, or nothing. */
export type CaseAccess = 'allowed' | 'other-department' | 'hidden';

/**
 * Staff handle the cases of their department and the cases assigned to them; another department's case
 * is refused with a reason (403), so a colleague knows to ask. An API client with a department sees that
 * department's cases only, and nothing of the others (404); a client without a department sees every case.
 * Citizens and businesses never reach a case this way (their own cases are `partyOf`).
 */
export function staffCaseAccess(actor: Principal, kase: CaseOwnership): CaseAccess {
  if (actor.kind === 'client')
    return !actor.departmentId || kase.department_id === actor.departmentId ? 'allowed' : 'hidden';
  if (actor.kind !== 'staff') return 'other-department';
  const ownDepartment = actor.departmentId != null && kase.department_id === actor.departmentId;
  return ownDepartment || kase.assignee_id === actor.id ? 'allowed' : 'other-department';
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
