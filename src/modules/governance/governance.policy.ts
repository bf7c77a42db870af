import type { Principal } from '#platform/auth/principal.ts';
import type { SystemRole } from './governance-codes.ts';

/** The roles on a system that answer for it: they keep its contracts, costs, SLA and duties. */
const answering: readonly SystemRole[] = ['system-owner', 'system-manager'];

/**
 * Whose system is this: an administrator may change any system; a staff member only a system on which they hold
 * an answering role. Reading the register is open to everyone with `governance:read` (it is the municipality's
 * own overview, with no citizen's data in it).
 */
export function mayChangeSystem(
  principal: Principal,
  roles: ReadonlyArray<{ role: string; staffId: string }>,
): boolean {
  if (principal.kind !== 'staff') return false;
  if (principal.roles.includes('administrator')) return true;
  return roles.some((role) => role.staffId === principal.id && (answering as readonly string[]).includes(role.role));
}

/** Security (risk assessments, the system's statement of applicability) is also the security officer's. */
export function mayChangeSecurity(
  principal: Principal,
  roles: ReadonlyArray<{ role: string; staffId: string }>,
): boolean {
  return (
    mayChangeSystem(principal, roles) ||
    (principal.kind === 'staff' &&
      roles.some((role) => role.staffId === principal.id && role.role === 'security-officer'))
  );
}
