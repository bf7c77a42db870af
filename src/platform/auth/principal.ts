export const roles = [
  'citizen',
  'business',
  'caseworker',
  'front_desk',
  'manager',
  'system_owner',
  'administrator',
  'integration',
] as const;
export type Role = (typeof roles)[number];
export const staffRoles = [
  'caseworker',
  'front_desk',
  'manager',
  'system_owner',
  'administrator',
] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export type AssuranceLevel = 'low' | 'substantial' | 'high';
export const assuranceOrder: Record<AssuranceLevel, number> = { low: 1, substantial: 2, high: 3 };

/** Who is calling: a logged-in citizen, business representative or staff member, or another IT system. */
export interface Principal {
  kind: 'citizen' | 'business' | 'staff' | 'client';
  /** person id (citizen), business id (business), staff id (staff) or API client id (client) */
  id: string;
  name: string;
  roles: Role[];
  cpr?: string;
  cvr?: string;
  /** for a business representative: the person acting on the business's behalf */
  representativeName?: string;
  departmentId?: string | null;
  assurance?: AssuranceLevel;
  /** for API clients: the named actions it may perform */
  scopes?: string[];
}

export const isStaff = (principal: Principal | undefined): boolean => principal?.kind === 'staff';

/**
 * The department an API client is limited to (chosen by the administrator who created it), or undefined for a
 * client of all departments — and for anyone who is not an API client. The modules' record policies read it.
 */
export const clientDepartment = (principal: Principal): string | undefined =>
  principal.kind === 'client' ? (principal.departmentId ?? undefined) : undefined;
