import { defineModule } from '#platform/module.ts';
import { channelsMessages } from './messages.ts';
import { channelsPermissions } from './channels.permissions.ts';
import { ChannelsService } from './channels.service.ts';
import { channelsSubscriptions } from './channels.subscriptions.ts';
import { registerRegistrationRoutes } from './register.routes.tsx';
import { registerFiguresRoutes } from './figures.routes.tsx';
import { registerChannelsAdminRoutes } from './admin.routes.tsx';
import { registerPurposeRoutes } from './purpose.routes.tsx';
import { registerChannelsApiRoutes } from './api.routes.ts';
import { channelsPaths } from './views/paths.ts';
import { serviceLevelPermissions } from './service-levels/service-levels.permissions.ts';
import { serviceLevelMessages } from './service-levels/messages/service-levels.messages.ts';
import { serviceLevelNavigation } from './service-levels/service-levels.navigation.ts';
import { buildServiceLevels } from './service-levels/service-levels.part.ts';
import { channelsEvents } from './channels.events.ts';
import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { registerTelephonyRoutes } from './telephony/telephony.routes.tsx';
import { seedChannelsDemo } from './demo/channels-demo.ts';
import { registerContactRoutes } from './contact/contact.routes.tsx';
import { registerHistoryRoutes } from './history/history.routes.tsx';
import { ServiceLinkService } from './service-link/service-link.service.ts';
import { registerServiceLinkRoutes } from './service-link/service-link.routes.tsx';
import { OpeningHoursService } from './opening-hours/opening-hours.service.ts';
import { registerOpeningHoursRoutes } from './opening-hours/opening-hours.routes.tsx';
import { registerCallbackRoutes } from './callbacks/callback.routes.tsx';

declare module '../../platform/module.ts' {
  interface Contracts {
    channels: ChannelsService;
  }
  interface Services {
    channels: ChannelsService;
  }
}

/** Channel strategy: inquiry purposes, every inquiry registered (from events, staff and systems), the figures. */
export const channelsModule = defineModule({
  name: 'channels',
  requires: ['identity', 'cases', 'post', 'notify'],
  permissions: { ...channelsPermissions, ...serviceLevelPermissions },
  messages: joinCatalogues(channelsMessages, serviceLevelMessages),
  publishes: channelsEvents,
  async build(context, { identity, cases, post, notify }) {
    const channels = new ChannelsService(context.db, identity, context.events);
    const serviceLinks = new ServiceLinkService(context.db, channels.purposes, notify, post, context.config.publicUrl);
    const hours = new OpeningHoursService(context.db);
    await channels.purposes.seedStarterSet();
    const levels = await buildServiceLevels(context, { identity, cases, post, purposes: channels.purposes });
    return {
      provides: channels,
      subscriptions: [...channelsSubscriptions(channels.inquiries, channels.failureDemand), ...levels.subscriptions],
      jobs: levels.jobs,
      startup: levels.startup,
      seedDemo: () => seedChannelsDemo(context.db, channels.purposes),
      navigation: {
        menu: {
          staff: [
            {
              href: channelsPaths.register,
              label: 'channels.menu.register',
              permission: 'channels:register',
              order: 15,
            },
            { href: channelsPaths.figures, label: 'channels.menu.figures', permission: 'channels:figures', order: 60 },
            ...serviceLevelNavigation.menu,
          ],
        },
        staff: [
          {
            href: channelsPaths.register,
            label: 'channels.register.link',
            description: 'channels.register.linkDescription',
            permission: 'channels:register',
          },
          {
            href: channelsPaths.figures,
            label: 'channels.figures.title',
            description: 'channels.figures.linkDescription',
            permission: 'channels:figures',
          },
          {
            href: channelsPaths.callbacks,
            label: 'channels.callbacks.title',
            description: 'channels.callbacks.linkDescription',
            permission: 'channels:register',
          },
          {
            href: channelsPaths.history,
            label: 'channels.history.title',
            description: 'channels.history.linkDescription',
            permission: 'channels:history',
          },
          {
            href: channelsPaths.imports,
            label: 'channels.imports.title',
            description: 'channels.imports.linkDescription',
            permission: 'channels:import',
          },
          {
            href: channelsPaths.openingHours,
            label: 'channels.hours.title',
            description: 'channels.hours.linkDescription',
            permission: 'channels:service-level-admin',
          },
          {
            href: channelsPaths.purposes,
            label: 'channels.admin.title',
            description: 'channels.admin.lead',
            permission: 'channels:admin',
          },
          ...serviceLevelNavigation.staff,
        ],
      },
      routes(app) {
        registerRegistrationRoutes(app, channels, serviceLinks);
        registerServiceLinkRoutes(app, channels, serviceLinks);
        registerFiguresRoutes(app, channels);
        registerPurposeRoutes(app, channels);
        registerChannelsAdminRoutes(app, channels);
        registerChannelsApiRoutes(app, channels);
        levels.routes(app);
        registerTelephonyRoutes(app, channels.telephony);
        registerContactRoutes(app, channels.purposes, channels.contactLinks, hours);
        registerOpeningHoursRoutes(app, hours);
        registerCallbackRoutes(app, channels);
        registerHistoryRoutes(app, channels.history);
      },
    };
  },
});
