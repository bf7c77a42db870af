import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the channels module and the roles that may perform them. */
export const channelsPermissions = {
  /** register an inquiry at the desk or on the phone (a person given by CPR is looked up, audited), or by API */
  'channels:register': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** the channel mix per purpose against the target, and its cost at unit prices, with CSV export */
  'channels:figures': ['manager', 'system_owner', 'administrator'],
  /** import the telephony statistics per day and queue (CSV) into the register */
  'channels:import': ['manager', 'administrator'],
  /** a person's contact history, found by CPR (the look-up and read are audited) */
  'channels:history': ['caseworker', 'front_desk', 'manager'],
  /** inquiry purposes and their strategy versions: offered and desired channels, unit costs, target mix */
  'channels:admin': ['administrator'],
} satisfies PermissionDeclarations;
