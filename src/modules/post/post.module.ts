import type { RaadhusModule } from '../../platform/module.ts';
import { postMessages } from './messages.ts';
import { PostService } from './post.service.ts';
import { StaffPostService } from './staff-post.service.ts';
import { NEW_POST_EVENT } from './post-events.ts';
import { registerCitizenPostRoutes } from './routes/citizen.routes.tsx';
import { registerStaffPostRoutes } from './routes/staff.routes.tsx';
import { PrintService } from './print.service.ts';
import { registerPostApiRoutes } from './routes/api.routes.ts';
import { seedPostDemo } from './demo-data.ts';
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
    const post = new PostService({ db: context.db, queue: context.queue, identity: context.services.identity, logger: context.logger.child({ module: 'post' }) });
    post.staff = new StaffPostService(post);
    post.print = new PrintService(post);
    context.services.post = post;
    // departments are reference data seeded by identity's init: cached now, so no lookup runs inside a caller's transaction
    await post.listDepartments();
    // the notify module handles it; declared here so a letter can be sent before (or without) that module
    context.queue.declareQueue(NEW_POST_EVENT);
  },
  async seedDemo(context) {
    await seedPostDemo(context.db, context.services.identity, context.services.post);
  },
  routes(app, context) {
    registerCitizenPostRoutes(app, context.services.post);
    registerStaffPostRoutes(app, context.services.post, context.services.post.print);
    registerPostApiRoutes(app, context.services.post);
  },
};
