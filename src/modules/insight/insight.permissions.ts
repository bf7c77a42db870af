import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the insight module and the roles that may perform them. */
export const insightPermissions = {
  /** key figures and dashboards: managers and administrators all figures, other staff their department's */
  'insight:view': ['caseworker', 'front_desk', 'manager', 'system_owner', 'administrator'],
  /** push observations of a key figure from a line-of-business system (API) */
  'insight:observe': ['integration'],
  /** import a CSV from a line-of-business system (map its columns, roll it back) */
  'insight:import': ['manager', 'administrator'],
  /** set a new version of a figure's target and thresholds */
  'insight:targets': ['manager', 'administrator'],
} satisfies PermissionDeclarations;

/** Roles that see every figure of the municipality (the executive board and administrators). */
export const allFiguresRoles = ['manager', 'administrator'] as const;
