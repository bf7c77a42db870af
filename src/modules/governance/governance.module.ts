import { defineModule } from '#platform/module.ts';
import { registerGovernanceApiRoutes } from './api.routes.ts';
import { registerArchitectureRoutes } from './architecture.routes.tsx';
import { registerChangeRoutes } from './change.routes.tsx';
import { registerEditorRoutes } from './editor.routes.tsx';
import { seedGovernanceDemo } from './demo-data.ts';
import { governancePermissions } from './governance.permissions.ts';
import { GovernanceService } from './governance.service.ts';
import { governanceSubscriptions } from './governance.subscriptions.ts';
import { governanceMessages } from './messages.ts';
import { registerPlanRoutes } from './plan.routes.tsx';
import { registerRegisterRoutes } from './register.routes.tsx';
import { registerRolesRoutes } from './roles.routes.tsx';
import { registerSecurityRoutes } from './security.routes.tsx';
import { governancePaths } from './views/paths.ts';

declare module '../../platform/module.ts' {
  interface Contracts {
    governance: GovernanceService;
  }
  interface Services {
    governance: GovernanceService;
  }
}

/** IT governance: the system register, owners and duties, contracts and costs, SLAs measured by incidents. */
export const governanceModule = defineModule({
  name: 'governance',
  requires: ['identity'],
  permissions: governancePermissions,
  messages: governanceMessages,
  async build(context, { identity }) {
    const governance = new GovernanceService(context.db, identity);
    await governance.architecture.seedPrinciples();
    return {
      provides: governance,
      subscriptions: governanceSubscriptions(governance.plan),
      navigation: {
        menu: {
          staff: [
            {
              href: governancePaths.systems,
              label: 'governance.menu.systems',
              permission: 'governance:read',
              order: 70,
            },
          ],
        },
        staff: [
          {
            href: governancePaths.mySystems,
            label: 'governance.owner.title',
            description: 'governance.owner.linkDescription',
            permission: 'governance:own',
          },
          {
            href: governancePaths.systems,
            label: 'governance.systems.title',
            description: 'governance.systems.linkDescription',
            permission: 'governance:read',
          },
          {
            href: governancePaths.roles,
            label: 'governance.transfer.title',
            description: 'governance.transfer.linkDescription',
            permission: 'governance:admin',
          },
          {
            href: governancePaths.plan,
            label: 'governance.plan.link',
            description: 'governance.plan.linkDescription',
            permission: 'governance:read',
          },
          {
            href: governancePaths.architecture,
            label: 'governance.architecture.title',
            description: 'governance.architecture.linkDescription',
            permission: 'governance:read',
          },
          {
            href: governancePaths.organisationSecurity,
            label: 'governance.security.title',
            description: 'governance.security.linkDescription',
            permission: 'governance:read',
          },
        ],
      },
      routes(app) {
        registerRegisterRoutes(app, governance);
        registerChangeRoutes(app, governance);
        registerEditorRoutes(app, governance);
        registerSecurityRoutes(app, governance);
        registerArchitectureRoutes(app, governance);
        registerPlanRoutes(app, governance);
        registerRolesRoutes(app, governance);
        registerGovernanceApiRoutes(app, governance);
      },
      seedDemo: () => seedGovernanceDemo(context.db, identity),
    };
  },
});
