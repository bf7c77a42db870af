import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the identity module and the roles that may perform them. */
export const identityPermissions = {
  /** look up a person or business by CPR/CVR (audited) */
  'person:lookup': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** staff roles, departments and API clients */
  'identity:manage': ['administrator'],
} satisfies PermissionDeclarations;
