import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the front desk and the roles that may perform them. */
export const frontdeskPermissions = {
  /** book, see and cancel one's own appointments */
  'frontdesk:book': ['citizen'],
  /** the day's appointments of the desk's locations: arrived, served, no-show (names shown, audited) */
  'frontdesk:desk': ['front_desk', 'manager'],
  /** the walk-in queue of the desk's locations: take a ticket for a caller, call the next to a counter */
  'frontdesk:queue': ['front_desk', 'manager'],
} satisfies PermissionDeclarations;
