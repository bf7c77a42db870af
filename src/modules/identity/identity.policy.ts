import type { Principal, StaffRole } from '#platform/auth/principal.ts';

/**
 * Whose staff record or API client is this: the one place for the identity module's record rules. Staff
 * members and API clients are the municipality's, managed by administrators (`identity:manage`, checked
 * before with `assertCan`); the rules here are the exceptions to that.
 */

/** An administrator cannot lock themselves out: someone else must take their administrator role. */
export function removesOwnAdministratorRole(actor: Principal, staffId: string, roles: readonly StaffRole[]): boolean {
  return actor.kind === 'staff' && actor.id === staffId && !roles.includes('administrator');
}
