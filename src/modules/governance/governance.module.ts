import { defineModule } from '#platform/module.ts';
import { SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import { DEADLINE_ALERT_SCHEDULE, deadlineAlertJob } from './governance.jobs.ts';
import { registerGovernanceApiRoutes } from './api.routes.ts';
import { registerArchitectureRoutes } from './architecture.routes.tsx';
import { registerChangeRoutes } from './change.routes.tsx';
import { registerEditorRoutes } from './editor.routes.tsx';
import { registerKitosRoutes } from './kitos.routes.tsx';
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
    const { config, queue, logger } = context;
    const transport = config.SMTP_URL
      ? new SmtpMailTransport(config.SMTP_URL, config.NOTIFY_SEND_TIMEOUT_MS)
      : undefined;
    if (transport) queue.boss.on('stopped', () => transport.close());
    const governance = new GovernanceService(context.db, identity, { transport, from: config.MAIL_FROM, logger });
    await governance.architecture.seedPrinciples();
    return {
      provides: governance,
      jobs: [handleJob(deadlineAlertJob, async () => void (await governance.alerts.send()))],
      async startup() {
        // in the queue's schedule table: one schedule serves every worker process
        await queue.boss.schedule(deadlineAlertJob.name, DEADLINE_ALERT_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
      },
      subscriptions: governanceSubscriptions(governance.plan, governance.usage),
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
            href: governancePaths.kitos,
            label: 'governance.kitos.title',
            description: 'governance.kitos.linkDescription',
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
        registerKitosRoutes(app, governance);
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
