import type { RaadhusModule } from '#platform/module.ts';
import type { NotifyContract, PostContract } from '#platform/contracts.ts';
import { casesMessages } from './messages.ts';
import { CasesService } from './cases.service.ts';
import { MyCases } from './my-cases.service.ts';
import { seedCasesDemo } from './demo-data.ts';
import { DEADLINE_CHECK_JOB, DEADLINE_CHECK_SCHEDULE, deadlineCheckJobFor } from './cases.jobs.ts';
import { registerStaffCaseRoutes } from './staff.routes.tsx';
import { registerMyCasesRoutes } from './my-cases.routes.tsx';
import { registerCasesApiRoutes } from './api.routes.ts';
import { registerCaseTypeAdminRoutes } from './admin.routes.tsx';
import './permissions.ts';

declare module '../../platform/module.ts' {
  interface Services {
    cases: CasesService;
  }
}

export const casesModule: RaadhusModule = {
  name: 'cases',
  messages: casesMessages,
  async init(context) {
    // post and notify are built in parallel and may register after this module (or not at all): a
    // getter looks them up on the shared services object each time they are needed.
    const shared = context.services as unknown as Partial<{ post: PostContract; notify: NotifyContract }>;
    const services = {
      identity: context.services.identity,
      get post() {
        return shared.post;
      },
      get notify() {
        return shared.notify;
      },
    };
    const service = new CasesService({
      db: context.db,
      events: context.events,
      logger: context.logger.child({ module: 'cases' }),
      services,
    });
    context.queue.register(deadlineCheckJobFor(() => service.publishMissedDeadlines()));
    service.mine = new MyCases(context.db, service.caseTypes, () => shared.post);
    context.services.cases = service;
    await service.loadDepartments();
    await service.caseTypes.seedStandard();
  },
  async seedDemo(context) {
    await seedCasesDemo(context.services.cases, context.services.identity);
  },
  async routes(app, context) {
    registerStaffCaseRoutes(app, context.services.cases);
    registerMyCasesRoutes(app, context.services.cases);
    registerCasesApiRoutes(app, context.services.cases);
    registerCaseTypeAdminRoutes(app, context.services.cases);
    // The daily deadline check, in the queue's schedule table (one schedule serves every process). Start-up
    // work like the self-service schedule: belongs with whichever process runs the workers.
    await context.queue.boss
      .schedule(DEADLINE_CHECK_JOB, DEADLINE_CHECK_SCHEDULE, {}, { tz: 'Europe/Copenhagen' })
      .catch((error: Error) => context.logger.warn({ err: error }, 'could not schedule the daily deadline check'));
  },
};
