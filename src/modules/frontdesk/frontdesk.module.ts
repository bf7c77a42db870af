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
import { frontdeskPaths } from './views/paths.ts';

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
    const frontdesk = new FrontdeskService({
      db: context.db,
      events: context.events,
      identity,
      post,
      cases,
      channels,
      links,
    });
    return {
      provides: frontdesk,
      navigation: {
        myPage: [
          {
            href: frontdeskPaths.mine,
            label: 'frontdesk.myPage.link',
            description: 'frontdesk.myPage.description',
            // citizens book; a business representative would be refused the page
            permission: 'frontdesk:book',
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
        ],
      },
      routes(app) {
        registerBookingRoutes(app, frontdesk);
        registerMyAppointmentRoutes(app, frontdesk);
        registerDeskRoutes(app, frontdesk);
        registerQueueRoutes(app, frontdesk);
        registerManageRoutes(app, frontdesk);
      },
      async seedDemo() {
        const department = await identity.departmentByCode('borgerservice');
        await seedFrontdeskDemo(context.db, department?.id ?? null, '2026-01-01');
      },
    };
  },
});
