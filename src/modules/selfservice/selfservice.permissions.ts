import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the selfservice module and the roles that may perform them. */
export const selfservicePermissions = {
  /** start, fill in and submit self-service solutions, and see one's own drafts and receipts */
  'selfservice:apply': ['citizen', 'business'],
  /** the anonymous usage counts of self-service solutions, with CSV export (and on the API, for key-figure connectors) */
  'selfservice:usage': ['manager', 'system_owner', 'administrator', 'integration'],
} satisfies PermissionDeclarations;
