import type { RaadhusModule } from '#platform/module.ts';
import { claimNames, assuranceClaimValue } from './claims.ts';
import { IdentityService, integrationScopes } from './identity.service.ts';
import { identityMessages } from './messages.ts';
import { seedDemoApiClient, seedDepartments, seedIdentityDemo } from './demo-data.ts';
import type { TestIdentity, TestIdentitySource } from '#platform/auth/test-identity-provider.tsx';
import type { AssuranceLevel } from '#platform/auth/principal.ts';
import { registerIdentityApiRoutes } from './api.routes.ts';
import { registerIdentityAdminRoutes } from './admin.routes.tsx';
import './permissions.ts';

declare module '../../platform/module.ts' {
  interface Services {
    identity: IdentityService;
  }
}

export const identityModule: RaadhusModule = {
  name: 'identity',
  messages: identityMessages,
  async init(context) {
    context.services.identity = new IdentityService(context.db);
    await seedDepartments(context.db);
  },
  routes(app, context) {
    registerIdentityApiRoutes(app, context.services.identity);
    registerIdentityAdminRoutes(app, context.services.identity);
  },
  async seedDemo(context) {
    await seedIdentityDemo(context.db);
    // Seeded after every module's init, so it holds every integration scope declared by then.
    await seedDemoApiClient(context.db, integrationScopes());
  },
};

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
          label: `${member.name} – ${member.roles.join(', ')}`,
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
