import { defineModule } from '#platform/module.ts';
import type { CasesContract } from '#platform/contracts.ts';
import { casesMessages } from './messages.ts';
import { casesPermissions } from './cases.permissions.ts';
import { CasesService } from './cases.service.ts';
import { seedCasesDemo } from './demo-data.ts';
import { DEADLINE_CHECK_SCHEDULE, deadlineCheckJob } from './cases.jobs.ts';
import { casesEvents } from './cases.events.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import { registerStaffCaseRoutes } from './staff.routes.tsx';
import { registerMyCasesRoutes } from './my-cases.routes.tsx';
import { registerCasesApiRoutes } from './api.routes.ts';
import { registerCaseTypeAdminRoutes } from './admin.routes.tsx';

declare module '../../platform/module.ts' {
  interface Contracts {
    cases: CasesContract;
  }
  interface Services {
    cases: CasesService;
  }
}

/** Case types with their workflows, cases, documents, the work queue and "my cases". */
export const casesModule = defineModule({
  name: 'cases',
  requires: ['identity', 'post', 'notify'],
  permissions: casesPermissions,
  messages: casesMessages,
  publishes: casesEvents,
  async build(context, { identity, post, notify }) {
    const cases = new CasesService({
      db: context.db,
      events: context.events,
      logger: context.logger,
      identity,
      post,
      notify,
    });
    await cases.caseTypes.seedStandard();
    return {
      provides: cases,
      jobs: [handleJob(deadlineCheckJob, async () => void (await cases.publishMissedDeadlines()))],
      async startup() {
        // The daily deadline check, in the queue's schedule table: one schedule serves every process.
        await context.queue.boss.schedule(
          deadlineCheckJob.name,
          DEADLINE_CHECK_SCHEDULE,
          {},
          { tz: 'Europe/Copenhagen' },
        );
      },
      navigation: {
        menu: {
          citizen: [{ href: '/my/cases', label: 'cases.my.nav' }],
          business: [{ href: '/my/cases', label: 'cases.my.nav' }],
          staff: [{ href: '/staff/cases', label: 'module.cases', permission: 'case:read', order: 10 }],
        },
        myPage: [
          {
            href: '/my/cases',
            label: 'cases.my.link',
            description: 'cases.my.linkDescription',
            badge: (principalId) => cases.mine.waitingCount(principalId),
            badgeLabel: 'cases.my.badge',
          },
        ],
        staff: [
          {
            href: '/staff/cases',
            label: 'module.cases',
            description: 'cases.staffLink.description',
            permission: 'case:read',
            badge: (staffId) => cases.openAssignedCount(staffId),
          },
          {
            href: '/admin/case-types',
            label: 'cases.admin.link',
            description: 'cases.admin.linkDescription',
            permission: 'case:types',
          },
        ],
      },
      routes(app) {
        registerStaffCaseRoutes(app, cases);
        registerMyCasesRoutes(app, cases);
        registerCasesApiRoutes(app, cases);
        registerCaseTypeAdminRoutes(app, cases);
      },
      async seedDemo() {
        await seedCasesDemo(cases, identity);
      },
    };
  },
});
