import { definePermissions } from '#platform/auth/permissions.ts';

definePermissions({
  /** look up a person or business by CPR/CVR (audited) */
  'person:lookup': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** staff roles, departments and API clients */
  'identity:manage': ['administrator'],
  /** the audit log */
  'audit:read': ['administrator', 'system_owner'],
  /** the staff start page */
  'staff:home': ['caseworker', 'front_desk', 'manager', 'system_owner', 'administrator'],
  /** a citizen's or business's own page */
  'self:home': ['citizen', 'business'],
});
