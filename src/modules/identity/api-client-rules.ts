import { createHash } from 'node:crypto';
import type { PermissionGrants } from '#platform/auth/permissions.ts';
import type { FieldProblem } from '#platform/http/problem.ts';

// The rules of integration API clients: the scopes a key may carry, a valid new client, how a key is stored.

/** The named actions an integration client may be given as scopes on its API key. */
export const integrationScopes = (permissions: PermissionGrants): string[] =>
  [...permissions]
    .filter(([, allowed]) => allowed.has('integration'))
    .map(([action]) => action)
    .sort();

/** The form's choice of an API client that serves every department: chosen knowingly, never a default. */
export const ALL_DEPARTMENTS = 'all';

/**
 * What is wrong with a new API client: it needs a name of 1-100 characters, scopes an integration may hold, and
 * a department — one of the municipality's, or all departments chosen explicitly (an empty choice is refused).
 */
export function apiClientProblems(
  input: { name: string; scopes: readonly string[]; departmentId: string },
  knownScopes: readonly string[],
  knownDepartments: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.departmentId) problems.push({ field: 'departmentId', key: 'identity.apiClients.departmentRequired' });
  else if (input.departmentId !== ALL_DEPARTMENTS && !knownDepartments.includes(input.departmentId))
    problems.push({ field: 'departmentId', key: 'identity.department.unknown' });
  if (input.name.length < 1 || input.name.length > 100)
    problems.push({ field: 'name', key: 'identity.apiClients.nameRequired' });
  const unknown = input.scopes.filter((scope) => !knownScopes.includes(scope));
  if (input.scopes.length === 0) problems.push({ field: 'scopes', key: 'identity.apiClients.scopeRequired' });
  else if (unknown.length)
    problems.push({
      field: 'scopes',
      key: 'identity.apiClients.unknownScope',
      values: { scopes: unknown.join(', ') },
    });
  return problems;
}

/** An API key as it is stored: its SHA-256 fingerprint, never the key. */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');
