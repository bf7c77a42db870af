import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The service-level actions of the channels module and the roles that may perform them. */
export const serviceLevelPermissions = {
  /** the service-level page: compliance per target, per department or for the whole municipality, with CSV */
  'channels:service-levels': ['manager', 'system_owner', 'administrator'],
  /** § 3 notices: the department's cases at risk of missing their published processing time, and the letter */
  'channels:processing-notices': ['caseworker', 'manager'],
  /** service-level targets and their versions (valid from/to, decided by, the decision) */
  'channels:service-level-admin': ['administrator'],
} satisfies PermissionDeclarations;
