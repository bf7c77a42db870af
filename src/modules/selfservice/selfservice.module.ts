import type { RaadhusModule } from '#platform/module.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';
import { selfserviceMessages } from './messages.ts';
import { SelfserviceService } from './selfservice.service.ts';
import { abandonedJobFor, ABANDONED_SCHEDULE, receiptJobFor } from './selfservice.jobs.ts';
import { registerSelfserviceRoutes } from './routes.tsx';
import { registerUsageRoutes } from './usage.routes.tsx';
import { registerUsageApiRoutes } from './usage-api.routes.ts';
import { seedUsageDemo } from './demo-data.ts';
import './permissions.ts';

declare module '../../platform/module.ts' {
  interface Services {
    selfservice: SelfserviceService;
  }
}

export const selfserviceModule: RaadhusModule = {
  name: 'selfservice',
  messages: selfserviceMessages,
  init(context) {
    // The cases and post modules are built in parallel: they are looked up on the shared services
    // object when needed, so a module that registers later (or not at all) is found (or its absence handled).
    const services = context.services as Partial<{ cases: CasesContract; post: PostContract }>;
    let service: SelfserviceService | undefined;
    const receiptJob = receiptJobFor((submissionId) => service!.sendReceipt(submissionId));
    service = new SelfserviceService({
      db: context.db,
      queue: context.queue,
      events: context.events,
      logger: context.logger.child({ module: 'selfservice' }),
      services,
      receiptJob,
    });
    context.services.selfservice = service;
    context.queue.register(
      receiptJob,
      abandonedJobFor(() => service!.dailyDraftMaintenance()),
    );
  },
  async seedDemo(context) {
    await seedUsageDemo(context.db);
  },
  async routes(app, context) {
    registerSelfserviceRoutes(app, context.services.selfservice);
    registerUsageRoutes(app, context.services.selfservice);
    registerUsageApiRoutes(app, context.services.selfservice);
    // The daily abandonment count: stored in the queue's schedule table, so one schedule serves every process.
    try {
      await context.queue.boss.schedule(
        'selfservice.count-abandoned',
        ABANDONED_SCHEDULE,
        {},
        { tz: 'Europe/Copenhagen' },
      );
    } catch (error) {
      context.logger.warn({ err: error }, 'could not schedule the daily abandoned-drafts count');
    }
  },
};
