import { defineModule } from '#platform/module.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import { registerInsightApiRoutes } from './api.routes.ts';
import { seedInsightDemo } from './demo-data.ts';
import { RECOMPUTE_DAYS, RECOMPUTE_SCHEDULE, recomputeJob } from './insight.jobs.ts';
import { insightPermissions } from './insight.permissions.ts';
import { registerInsightRoutes } from './insight.routes.tsx';
import { InsightService } from './insight.service.ts';
import { insightSubscriptions } from './insight.subscriptions.ts';
import { insightMessages } from './messages.ts';
import { insightPaths } from './views/paths.ts';
import { registerOpenDataRoutes } from './open-data.routes.tsx';

declare module '../../platform/module.ts' {
  interface Contracts {
    insight: InsightService;
  }
  interface Services {
    insight: InsightService;
  }
}

/** Key figures computed from the platform's events (and pushed by other systems), daily facts, dashboards. */
export const insightModule = defineModule({
  name: 'insight',
  requires: ['identity'],
  permissions: insightPermissions,
  messages: insightMessages,
  async build(context, { identity }) {
    const insight = new InsightService(context.db, identity);
    await insight.targets.seedShipped();
    return {
      provides: insight,
      subscriptions: insightSubscriptions(insight.facts),
      jobs: [
        handleJob(recomputeJob, async ({ days }) => void (await insight.facts.recomputeRecent(days ?? RECOMPUTE_DAYS))),
      ],
      navigation: {
        menu: {
          public: [{ href: insightPaths.openData, label: 'insight.open.menu' }],
          staff: [{ href: insightPaths.dashboard, label: 'insight.menu', permission: 'insight:view', order: 65 }],
        },
        staff: [
          {
            href: insightPaths.dashboard,
            label: 'insight.dashboard.title',
            description: 'insight.dashboard.linkDescription',
            permission: 'insight:view',
          },
        ],
      },
      async startup() {
        // Stored in the queue's schedule table: one schedule serves every worker process.
        await context.queue.boss.schedule(recomputeJob.name, RECOMPUTE_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
      },
      routes(app) {
        registerInsightRoutes(app, insight);
        registerInsightApiRoutes(app, insight);
        registerOpenDataRoutes(app, insight);
      },
      seedDemo: () => seedInsightDemo(insight),
    };
  },
});
