import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the cases module and the roles that may perform them. */
export const casesPermissions = {
  /** the work queue and case pages of one's department (and the cases assigned to oneself); on the API, reading cases */
  'case:read': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** create a case on someone's behalf (at the desk, on the phone, or from a line-of-business system) */
  'case:create': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** assign, hand off, notes, tasks, documents and case fields (front desk staff handle Borgerservice's own case types) */
  'case:update': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** take a workflow transition (the workflow names which roles may take each one) */
  'case:transition': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** one's own cases ("my cases"): a citizen's, or a business's for its representatives */
  'case:own': ['citizen', 'business'],
  /** case types and their workflows: copy a standard workflow and adapt it */
  'case:types': ['administrator'],
} satisfies PermissionDeclarations;
