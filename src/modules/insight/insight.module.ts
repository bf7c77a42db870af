import { defineModule } from '#platform/module.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import { registerInsightApiRoutes } from './api.routes.ts';
import { seedInsightDemo } from './demo-data.ts';
import { alertMailJob, RECOMPUTE_DAYS, RECOMPUTE_SCHEDULE, recomputeMarkedJob, recomputeJob } from './insight.jobs.ts';
import { SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { insightPermissions } from './insight.permissions.ts';
import { registerInsightRoutes } from './insight.routes.tsx';
import { InsightService } from './insight.service.ts';
import { insightSubscriptions } from './insight.subscriptions.ts';
import { insightMessages } from './messages.ts';
import { insightPaths } from './views/paths.ts';
import { registerOpenDataRoutes } from './open-data.routes.tsx';
import { registerImportRoutes } from './import.routes.tsx';

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
  requires: ['identity', 'cases'],
  permissions: insightPermissions,
  messages: insightMessages,
  async build(context, { identity, cases }) {
    const { config } = context;
    const insight = new InsightService(context.db, identity, cases, {
      queue: context.queue,
      logger: context.logger,
      // the platform's mail transport, on the SMTP server notifications use; without one, alerts are listed only
      mail: config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL, config.NOTIFY_SEND_TIMEOUT_MS) : undefined,
      mailFrom: config.MAIL_FROM,
      publicUrl: config.publicUrl,
    });
    await insight.targets.seedShipped();
    return {
      provides: insight,
      subscriptions: insightSubscriptions(insight.facts),
      jobs: [
        handleJob(recomputeJob, ({ days }) => insight.nightly(days ?? RECOMPUTE_DAYS)),
        handleJob(recomputeMarkedJob, async () => {
          await insight.facts.recomputeMarked();
        }),
        handleJob(alertMailJob, ({ alertId }) => insight.alerts.mail(alertId)),
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
          {
            href: insightPaths.imports,
            label: 'insight.import.link',
            description: 'insight.import.linkDescription',
            permission: 'insight:import',
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
        registerImportRoutes(app, insight);
      },
      seedDemo: () => seedInsightDemo(insight),
    };
  },
});
