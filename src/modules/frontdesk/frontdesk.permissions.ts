import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the front desk and the roles that may perform them. */
export const frontdeskPermissions = {
  /** book, see and cancel one's own appointments */
  'frontdesk:book': ['citizen'],
  /** the day's appointments of the desk's locations: arrived, served, no-show (names shown, audited) */
  'frontdesk:desk': ['front_desk', 'manager'],
  /** the walk-in queue of the desk's locations: take a ticket for a caller, call the next to a counter */
  'frontdesk:queue': ['front_desk', 'manager'],
  /** the department's web chat inbox: take, answer, pass on and end conversations (a citizen's read is audited) */
  'frontdesk:chat': ['front_desk', 'manager'],
  /** one's own web chat conversations on my page (starting a chat needs no login where the purpose allows it) */
  'frontdesk:chat-own': ['citizen', 'business'],
} satisfies PermissionDeclarations;
