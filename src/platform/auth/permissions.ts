import type { Principal, Role } from './principal.ts';

/**
 * Named actions (`case:read`, `post:send`) and the roles that may perform them. Each module declares
 * its own in its `permissions.ts`; routes name the action they need, and services check again for the
 * specific record. An integration client holds actions as scopes on its API key.
 */
const grants = new Map<string, ReadonlySet<Role>>();

export function definePermissions(permissions: Record<string, readonly Role[]>): void {
  for (const [action, allowed] of Object.entries(permissions)) {
    if (grants.has(action)) throw new Error(`Permission declared twice: ${action}`);
    grants.set(action, new Set(allowed));
  }
}

export function declaredPermissions(): ReadonlyMap<string, ReadonlySet<Role>> {
  return grants;
}

export function rolesFor(action: string): ReadonlySet<Role> {
  const allowed = grants.get(action);
  if (!allowed) throw new Error(`Unknown permission: ${action}`);
  return allowed;
}

export function can(principal: Principal | undefined, action: string): boolean {
  if (!principal) return false;
  const allowed = rolesFor(action);
  if (principal.kind === 'client') return allowed.has('integration') && (principal.scopes ?? []).includes(action);
  return principal.roles.some((role) => allowed.has(role));
}

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(readonly action: string) {
    super(`Not allowed: ${action}`);
  }
}

/** The service-level check: throws unless `principal` may perform `action`. */
export function assertCan(principal: Principal | undefined, action: string): asserts principal is Principal {
  if (!can(principal, action)) throw new ForbiddenError(action);
}
