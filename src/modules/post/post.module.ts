import { defineModule } from '#platform/module.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import type { PostContract } from '#platform/contracts.ts';
import { postMessages } from './messages.ts';
import { postPermissions } from './post.permissions.ts';
import { PostService } from './post.service.ts';
import { postSubscriptions } from './post.subscriptions.ts';
import { postEvents } from './post.events.ts';
import { registerCitizenPostRoutes } from './routes/citizen.routes.tsx';
import { registerStaffPostRoutes } from './routes/staff.routes.tsx';
import { paths } from './views/paths.ts';
import { registerPostApiRoutes } from './routes/api.routes.ts';
import { registerBulkRoutes } from './routes/bulk.routes.tsx';
import { bulkChunkJob } from './bulk-letters.jobs.ts';
import { releaseHeldLetter, releaseHeldLetterJob } from './held-letters.ts';
import { seedPostDemo, sendDemoLetters } from './demo-data.ts';

declare module '../../platform/module.ts' {
  interface Contracts {
    post: PostContract;
  }
  interface Services {
    post: PostService;
  }
}

/** Digital post: mailboxes, letters, sign-up, printed letters and bulk letters. */
export const postModule = defineModule({
  name: 'post',
  requires: ['identity'],
  permissions: postPermissions,
  messages: postMessages,
  publishes: postEvents,
  build(context, { identity }) {
    const post = new PostService({
      db: context.db,
      queue: context.queue,
      events: context.events,
      identity,
      logger: context.logger,
    });
    return {
      provides: post,
      subscriptions: postSubscriptions(post),
      jobs: [
        handleJob(bulkChunkJob, async ({ bulkId }) => void (await post.bulk.runChunk(bulkId))),
        handleJob(releaseHeldLetterJob, ({ messageId }) => releaseHeldLetter(context, messageId)),
      ],
      navigation: {
        menu: {
          citizen: [{ href: '/post', label: 'post.nav' }],
          business: [{ href: '/post', label: 'post.nav' }],
          staff: [
            { href: paths.staff, label: 'module.post', permission: 'post:read-department', order: 20 },
            { href: paths.print, label: 'post.print.link', permission: 'post:print', order: 30 },
          ],
        },
        myPage: [
          {
            href: '/post',
            label: 'post.myPage.link',
            description: 'post.myPage.description',
            // the badge gets the principal's id; a person and a business never share an id (both are uuids of their own tables)
            badge: async (ownerId) =>
              (await post.unreadCount({ kind: 'person', id: ownerId })) +
              (await post.unreadCount({ kind: 'business', id: ownerId })),
            badgeLabel: 'post.unread',
          },
        ],
        staff: [
          {
            href: paths.staff,
            label: 'module.post',
            description: 'post.staff.linkDescription',
            permission: 'post:read-department',
          },
          {
            href: paths.exemptions,
            label: 'post.exempt.link',
            description: 'post.exempt.linkDescription',
            permission: 'post:exempt',
          },
          {
            href: paths.print,
            label: 'post.print.link',
            description: 'post.print.linkDescription',
            permission: 'post:print',
          },
          {
            href: paths.bulk,
            label: 'post.bulk.link',
            description: 'post.bulk.linkDescription',
            permission: 'post:bulk',
          },
        ],
      },
      async startup() {
        if (context.config.demoData) await sendDemoLetters(context.db, identity, post);
        // bulk letters a stopped process left running carry on (each recipient still gets one copy)
        const resumed = await post.bulk.resumeRunning();
        if (resumed) context.logger.info({ resumed }, 'bulk letters resumed');
      },
      routes(app) {
        registerCitizenPostRoutes(app, post);
        registerStaffPostRoutes(app, post, post.print);
        registerPostApiRoutes(app, post);
        registerBulkRoutes(app, post, post.bulk);
      },
      async seedDemo() {
        await seedPostDemo(context.db, identity, post);
      },
    };
  },
});
