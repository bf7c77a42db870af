import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the notify module and the roles that may perform them. */
export const notifyPermissions = {
  /** one's own mobile number, e-mail address and choices of notifications per authority */
  'notify:contact': ['citizen', 'business'],
  /** schedule and cancel SMS/e-mail reminders of appointments and meetings (finds the recipient by CPR, audited),
   * and send a citizen the link to a self-service solution (the contact register's read is audited) */
  'notify:remind': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** notification templates, the delivery overview with its dead letters, and the development outbox */
  'notify:admin': ['administrator'],
} satisfies PermissionDeclarations;
