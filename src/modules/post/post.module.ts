import type { RaadhusModule } from '#platform/module.ts';
import { postMessages } from './messages.ts';
import { PostService } from './post.service.ts';
import { postSubscriptions } from './post.subscriptions.ts';
import { StaffPostService } from './staff-post.service.ts';
import { registerCitizenPostRoutes } from './routes/citizen.routes.tsx';
import { registerStaffPostRoutes } from './routes/staff.routes.tsx';
import { PrintService } from './print.service.ts';
import { registerPostApiRoutes } from './routes/api.routes.ts';
import { registerBulkRoutes } from './routes/bulk.routes.tsx';
import { BulkLetterService } from './bulk-letters.service.ts';
import { bulkChunkJobFor } from './bulk-letters.jobs.ts';
import { seedPostDemo, sendDemoLetters } from './demo-data.ts';
import './permissions.ts';

declare module '../../platform/module.ts' {
  interface Services {
    post: PostService;
  }
}

export const postModule: RaadhusModule = {
  name: 'post',
  messages: postMessages,
  async init(context) {
    const post = new PostService({
      db: context.db,
      queue: context.queue,
      events: context.events,
      identity: context.services.identity,
      logger: context.logger.child({ module: 'post' }),
    });
    post.staff = new StaffPostService(post);
    post.print = new PrintService(post);
    const bulk = new BulkLetterService(post);
    bulk.job = bulkChunkJobFor((bulkId) => bulk.runChunk(bulkId));
    post.bulk = bulk;
    context.queue.register(bulk.job);
    context.services.post = post;
    context.events.subscribe(...postSubscriptions(post));
    // departments are reference data seeded by identity's init: cached now, so no lookup runs inside a caller's transaction
    await post.listDepartments();
  },
  async seedDemo(context) {
    await seedPostDemo(context.db, context.services.identity, context.services.post);
  },
  async routes(app, context) {
    registerCitizenPostRoutes(app, context.services.post);
    registerStaffPostRoutes(app, context.services.post, context.services.post.print);
    registerPostApiRoutes(app, context.services.post);
    registerBulkRoutes(app, context.services.post, context.services.post.bulk);
    if (context.config.demoData) await sendDemoLetters(context.db, context.services.identity, context.services.post);
    // bulk letters a stopped process left running carry on (each recipient still gets one copy)
    const resumed = await context.services.post.bulk.resumeRunning();
    if (resumed) context.logger.info({ resumed }, 'bulk letters resumed');
  },
};
