import { defineModule } from '#platform/module.ts';
import { frontdeskMessages } from './messages.ts';
import { frontdeskPermissions } from './frontdesk.permissions.ts';
import { frontdeskEvents } from './frontdesk.events.ts';
import { FrontdeskService } from './frontdesk.service.ts';
import { seedFrontdeskDemo } from './demo-data.ts';
import { registerBookingRoutes } from './booking.routes.tsx';
import { registerMyAppointmentRoutes } from './my-appointments.routes.tsx';
import { registerDeskRoutes } from './desk.routes.tsx';
import { registerQueueRoutes } from './queue.routes.tsx';
import { registerManageRoutes } from './manage.routes.tsx';
import { chatPaths, frontdeskPaths } from './views/paths.ts';
import { ChatHub } from './chat/chat-hub.ts';
import { registerChatRoutes } from './chat/chat.routes.tsx';
import { registerChatDeskRoutes } from './chat/chat-desk.routes.tsx';
import { CHAT_PURGE_SCHEDULE, chatPurgeJob } from './chat/chat.jobs.ts';
import { seedChatDemo } from './chat/chat-demo-data.ts';
import { handleJob } from '#platform/queue/job-definition.ts';

declare module '../../platform/module.ts' {
  interface Contracts {
    frontdesk: FrontdeskService;
  }
  interface Services {
    frontdesk: FrontdeskService;
  }
}

/** Front desk: appointment booking, the desk's day plan, the walk-in queue with its kiosk and call display. */
export const frontdeskModule = defineModule({
  name: 'frontdesk',
  requires: ['identity', 'post', 'cases', 'channels'],
  permissions: frontdeskPermissions,
  messages: frontdeskMessages,
  publishes: frontdeskEvents,
  build(context, { identity, post, cases, channels }) {
    const links = { secret: context.config.sessionSecret, publicUrl: context.config.publicUrl };
    const hub = new ChatHub(context.database, context.logger);
    const anonymousRetentionDays = context.config.FRONTDESK_CHAT_RETENTION_DAYS;
    const frontdesk = new FrontdeskService({
      db: context.db,
      events: context.events,
      identity,
      post,
      cases,
      channels,
      links,
      chat: { hub, anonymousRetentionDays },
    });
    // "Kontakt kommunen" links a purpose's web chat here (channels cannot require frontdesk: it is required by it)
    channels.contactLinks.provide('web-chat', (purposeCode) => frontdesk.chat.linkFor(purposeCode));
    return {
      provides: frontdesk,
      jobs: [handleJob(chatPurgeJob, async () => void (await frontdesk.chat.purgeAnonymous()))],
      async startup() {
        // the daily purge in the queue's schedule table: one schedule serves every process
        await context.queue.boss.schedule(chatPurgeJob.name, CHAT_PURGE_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
      },
      navigation: {
        myPage: [
          {
            href: frontdeskPaths.mine,
            label: 'frontdesk.myPage.link',
            description: 'frontdesk.myPage.description',
            // citizens book; a business representative would be refused the page
            permission: 'frontdesk:book',
          },
          {
            href: chatPaths.mine,
            label: 'frontdesk.chat.mine.title',
            description: 'frontdesk.chat.mine.description',
            permission: 'frontdesk:chat-own',
          },
        ],
        staff: [
          {
            href: frontdeskPaths.dayPlan,
            label: 'frontdesk.dayPlan.title',
            description: 'frontdesk.dayPlan.linkDescription',
            permission: 'frontdesk:desk',
          },
          {
            href: frontdeskPaths.queue,
            label: 'frontdesk.queue.title',
            description: 'frontdesk.queue.linkDescription',
            permission: 'frontdesk:queue',
          },
          {
            href: chatPaths.inbox,
            label: 'frontdesk.chat.inbox.title',
            description: 'frontdesk.chat.inbox.linkDescription',
            permission: 'frontdesk:chat',
          },
        ],
      },
      routes(app) {
        registerBookingRoutes(app, frontdesk);
        registerMyAppointmentRoutes(app, frontdesk);
        registerDeskRoutes(app, frontdesk);
        registerQueueRoutes(app, frontdesk);
        registerManageRoutes(app, frontdesk);
        registerChatRoutes(app, frontdesk.chat, hub, {
          secureCookies: context.config.secureCookies,
          anonymousRetentionDays,
        });
        registerChatDeskRoutes(app, frontdesk.chat, hub);
        // open chat streams would hold the closing server; the listening connection ends with it
        app.addHook('preClose', async () => hub.endStreams());
        app.addHook('onClose', async () => hub.close());
      },
      async seedDemo() {
        const department = await identity.departmentByCode('borgerservice');
        await seedFrontdeskDemo(context.db, department?.id ?? null, '2026-01-01');
        await seedChatDemo(context.db);
      },
    };
  },
});
