import { defineModule } from '#platform/module.ts';
import { claimNames, assuranceClaimValue } from './claims.ts';
import { IdentityService } from './identity.service.ts';
import type { IdentityContract } from './identity.contract.ts';
import { DepartmentCache } from './departments.ts';
import { identityMessages } from './messages.ts';
import { identityPermissions } from './identity.permissions.ts';
import { seedDemoApiClient, seedDepartments, seedIdentityDemo } from './demo-data.ts';
import type { TestIdentity, TestIdentitySource } from '#platform/auth/test-identity-provider.tsx';
import type { AssuranceLevel } from '#platform/auth/principal.ts';
import { registerIdentityApiRoutes } from './api.routes.ts';
import { registerIdentityAdminRoutes } from './admin.routes.tsx';

declare module '../../platform/module.ts' {
  interface Contracts {
    identity: IdentityContract;
  }
  interface Services {
    identity: IdentityService;
  }
}

/** People, businesses, staff, roles, departments and API clients. Requires no other module. */
export const identityModule = defineModule({
  name: 'identity',
  requires: [],
  permissions: identityPermissions,
  messages: identityMessages,
  async build(context) {
    // departments are reference data: seeded before the cache loads them
    await seedDepartments(context.db);
    const departments = await DepartmentCache.load(context.db, context.logger);
    const identity = new IdentityService(context.db, departments, context.permissions);
    return {
      provides: identity,
      navigation: {
        staff: [
          {
            href: '/admin/staff',
            label: 'identity.admin.title',
            description: 'identity.admin.linkDescription',
            permission: 'identity:manage',
          },
          {
            href: '/admin/api-clients',
            label: 'identity.apiClients.title',
            description: 'identity.apiClients.linkDescription',
            permission: 'identity:manage',
          },
        ],
      },
      routes(app) {
        registerIdentityApiRoutes(app, identity);
        registerIdentityAdminRoutes(app, identity);
      },
      async seedDemo() {
        await seedIdentityDemo(context.db);
        await seedDemoApiClient(context.db, [...identity.integrationScopes]);
      },
    };
  },
});
/** Only in automated tests (NODE_ENV=test): an identity whose provider leaves out a claim Raadhus needs. */
export const CITIZEN_WITHOUT_CPR = 'citizen-without-cpr';

/**
 * The test identity provider offers the identities marked as test data, with NemLog-in-shaped claims.
 * `withBrokenIdentities` (tests only) adds identities with missing claims, to test the refusal path.
 */
export function testIdentitySource(
  identity: IdentityService,
  options: { withBrokenIdentities?: boolean } = {},
): TestIdentitySource {
  return {
    async list(assurance: AssuranceLevel): Promise<TestIdentity[]> {
      const { citizens, businesses, staff } = await identity.testIdentities();
      const loa = { [claimNames.assurance]: assuranceClaimValue(assurance) };
      return [
        ...citizens.map((person) => ({
          accountId: `citizen-${person.cpr}`,
          group: 'citizen' as const,
          label: `${person.name} (${person.cpr.slice(0, 6)}-${person.cpr.slice(6)})`,
          claims: { name: person.name, [claimNames.cpr]: person.cpr, ...loa },
        })),
        ...businesses.map((business, index) => {
          const representative = citizens[index % Math.max(citizens.length, 1)];
          return {
            accountId: `business-${business.cvr}`,
            group: 'business' as const,
            label: `${business.name} (CVR ${business.cvr}) – ${representative?.name ?? ''}`,
            claims: {
              name: representative?.name ?? business.name,
              [claimNames.cvr]: business.cvr,
              [claimNames.organisationName]: business.name,
              ...loa,
            },
          };
        }),
        ...staff.map((member) => ({
          accountId: member.subject,
          group: 'staff' as const,
          label: member.name,
          roles: member.roles,
          claims: {
            name: member.name,
            email: member.email ?? undefined,
            [claimNames.staffRoles]: member.roles,
            [claimNames.department]: member.departmentCode,
            ...loa,
          },
        })),
        ...(options.withBrokenIdentities
          ? [
              {
                accountId: CITIZEN_WITHOUT_CPR,
                group: 'citizen' as const,
                label: 'Test: borger uden CPR-nummer',
                claims: { name: 'Uden CPR', ...loa },
              },
            ]
          : []),
      ];
    },
  };
}
