/** The governance module's pages. */
export const governancePaths = {
  systems: '/staff/governance/systems',
  systemsCsv: '/staff/governance/systems.csv',
  mySystems: '/staff/governance/my-systems',
  system: (id: string) => `/staff/governance/systems/${encodeURIComponent(id)}`,
  contracts: (id: string) => `/staff/governance/systems/${encodeURIComponent(id)}/contracts`,
  duties: (id: string) => `/staff/governance/systems/${encodeURIComponent(id)}/duties`,
  incidents: (id: string) => `/staff/governance/systems/${encodeURIComponent(id)}/incidents`,
  security: (id: string) => `/staff/governance/systems/${encodeURIComponent(id)}/security`,
  organisationSecurity: '/staff/governance/security',
  architecture: '/staff/governance/architecture',
  decision: (id: string) => `/staff/governance/architecture/decisions/${encodeURIComponent(id)}`,
  plan: '/staff/governance/plan',
  roles: '/admin/governance/roles',
} as const;
