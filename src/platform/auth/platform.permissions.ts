import type { PermissionDeclarations } from './permissions.ts';

/**
 * The platform's own named actions: its audit log and the two start pages. Modules declare theirs in their
 * module declaration; these live here so the ground floor names no module.
 */
export const platformPermissions = {
  /** the audit log: search, export and verify its hash chain */
  'audit:read': ['administrator', 'system_owner'],
  /** the staff start page */
  'staff:home': ['caseworker', 'front_desk', 'manager', 'system_owner', 'administrator'],
  /** a citizen's or business's own page */
  'self:home': ['citizen', 'business'],
} satisfies PermissionDeclarations;
