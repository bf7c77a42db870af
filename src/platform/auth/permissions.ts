import type { Principal, Role } from './principal.ts';

/** Named actions and the roles that may perform them, as a module declares them. */
export type PermissionDeclarations = Readonly<Record<string, readonly Role[]>>;

/** The grants of one app: every action its modules (and the platform) declared. */
export type PermissionGrants = ReadonlyMap<string, ReadonlySet<Role>>;

/**
 * Named actions (`case:read`, `post:send`) and the roles that may perform them. Each module declares its
 * own (`permissions` in its module declaration); routes name the action they need, and services check again
 * for the specific record. An integration client holds actions as scopes on its API key.
 *
 * The app joins the declarations (`joinPermissions`, refusing an action declared twice) and installs them in
 * this table for `can`/`assertCan`. The table holds static data only, no closures: installing the same
 * declarations again (a second app in the process) changes nothing, and installing an action with other
 * roles than before is refused.
 */
const grants = new Map<string, ReadonlySet<Role>>();

export function joinPermissions(declarations: readonly PermissionDeclarations[]): PermissionGrants {
  const joined = new Map<string, ReadonlySet<Role>>();
  for (const declaration of declarations)
    for (const [action, allowed] of Object.entries(declaration)) {
      if (joined.has(action)) throw new Error(`Permission declared twice: ${action}`);
      joined.set(action, new Set(allowed));
    }
  return joined;
}

const sameRoles = (a: ReadonlySet<Role>, b: ReadonlySet<Role>) => a.size === b.size && [...a].every((r) => b.has(r));

export function installPermissions(app: PermissionGrants): void {
  for (const [action, allowed] of app) {
    const installed = grants.get(action);
    if (installed && !sameRoles(installed, allowed))
      throw new Error(`Permission ${action} declared with other roles than before in this process`);
  }
  for (const [action, allowed] of app) grants.set(action, allowed);
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
