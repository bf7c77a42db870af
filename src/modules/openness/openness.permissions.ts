import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the openness module; the post list and asking for access need none (public). */
export const opennessPermissions = {
  /** handle the department's requests for access: read the documents, withhold passages, decide */
  'openness:handle': ['caseworker', 'manager'],
  /** the post list's rules: case types never public, the delay before entries appear */
  'openness:rules': ['administrator'],
} satisfies PermissionDeclarations;
