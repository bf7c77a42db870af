import { defineModule } from '#platform/module.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import { selfserviceMessages } from './messages.ts';
import { selfserviceEvents } from './selfservice.events.ts';
import { selfservicePermissions } from './selfservice.permissions.ts';
import { SelfserviceService } from './selfservice.service.ts';
import { abandonedJob, ABANDONED_SCHEDULE, receiptJob } from './selfservice.jobs.ts';
import { registerSelfserviceRoutes } from './routes.tsx';
import { registerUsageRoutes } from './usage.routes.tsx';
import { registerUsageApiRoutes } from './usage-api.routes.ts';
import { paths } from './views/paths.ts';
import { seedUsageDemo } from './demo-data.ts';

/** What other modules may ask self-service: the solutions of the catalogue. */
export type SelfserviceContract = Pick<SelfserviceService, 'allSolutions'>;

declare module '../../platform/module.ts' {
  interface Contracts {
    selfservice: SelfserviceContract;
  }
  interface Services {
    selfservice: SelfserviceService;
  }
}

/** The catalogue of self-service solutions, forms, drafts, submissions and usage counts. */
export const selfserviceModule = defineModule({
  name: 'selfservice',
  requires: ['cases', 'post', 'identity'],
  permissions: selfservicePermissions,
  messages: selfserviceMessages,
  publishes: selfserviceEvents,
  build(context, { cases, post, identity }) {
    const selfservice = new SelfserviceService({
      db: context.db,
      queue: context.queue,
      events: context.events,
      logger: context.logger,
      cases,
      post,
      identity,
    });
    return {
      provides: selfservice,
      jobs: [
        handleJob(receiptJob, ({ submissionId }) => selfservice.sendReceipt(submissionId)),
        handleJob(abandonedJob, async () => void (await selfservice.dailyDraftMaintenance())),
      ],
      navigation: {
        menu: {
          public: [{ href: paths.catalogue('citizen'), label: 'selfservice.nav' }],
          citizen: [
            { href: paths.catalogue('citizen'), label: 'selfservice.nav' },
            { href: paths.drafts, label: 'selfservice.myPage.drafts' },
          ],
          business: [
            { href: paths.catalogue('business'), label: 'selfservice.nav' },
            { href: paths.drafts, label: 'selfservice.myPage.drafts' },
          ],
        },
        myPage: [
          { href: '/selfservice', label: 'selfservice.myPage.link', description: 'selfservice.myPage.description' },
          {
            href: paths.drafts,
            label: 'selfservice.myPage.drafts',
            description: 'selfservice.myPage.draftsDescription',
            badge: (ownerId) => selfservice.openDraftCount(ownerId),
          },
        ],
        staff: [
          {
            href: paths.usage,
            label: 'module.selfservice',
            description: 'selfservice.usage.lead',
            permission: 'selfservice:usage',
          },
        ],
      },
      async startup() {
        // The daily abandonment count: stored in the queue's schedule table, so one schedule serves every process.
        await context.queue.boss.schedule(abandonedJob.name, ABANDONED_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
      },
      routes(app) {
        registerSelfserviceRoutes(app, selfservice);
        registerUsageRoutes(app, selfservice);
        registerUsageApiRoutes(app, selfservice);
      },
      async seedDemo() {
        await seedUsageDemo(context.db);
      },
    };
  },
});
