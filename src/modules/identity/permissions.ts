import { definePermissions } from '#platform/auth/permissions.ts';

definePermissions({
  /** look up a person or business by CPR/CVR (audited) */
  'person:lookup': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** staff roles, departments and API clients */
  'identity:manage': ['administrator'],
});
