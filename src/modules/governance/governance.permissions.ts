import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the governance module and the roles that may perform them. */
export const governancePermissions = {
  /** the IT-system register, each system's page (roles, duties, contracts, costs, SLA), and its export by API */
  'governance:read': ['manager', 'system_owner', 'administrator', 'integration'],
  /** a system owner's own page: their systems, duties due, contract deadlines, SLA compliance */
  'governance:own': ['system_owner', 'administrator'],
  /** change a system: contracts and costs, duties, incidents; only on one's own systems (governance.policy.ts) */
  'governance:change': ['system_owner', 'administrator'],
  /** record a committee's decision on a proposal, assessed against the architecture principles */
  'governance:decide': ['manager', 'administrator'],
  /** the action plan: initiatives, their benefits and the strategy pool */
  'governance:plan': ['manager', 'administrator'],
  /** add systems, give and transfer roles */
  'governance:admin': ['administrator'],
} satisfies PermissionDeclarations;
