import { defineModule } from '#platform/module.ts';
import { opennessMessages } from './messages.ts';
import { opennessPermissions } from './openness.permissions.ts';
import { OpennessService } from './openness.service.ts';
import { registerPublicRoutes } from './public.routes.tsx';
import { registerOpennessApiRoutes } from './api.routes.ts';
import { registerStaffRoutes } from './staff.routes.tsx';
import { registerAdminRoutes } from './admin.routes.tsx';
import { seedOpennessDemo } from './demo-data.ts';
import { opennessPaths } from './views/paths.ts';
import { opennessSubscriptions } from './openness.subscriptions.ts';

declare module '../../platform/module.ts' {
  interface Contracts {
    openness: OpennessService;
  }
  interface Services {
    openness: OpennessService;
  }
}

/** Openness: the public post list and requests for access to documents (aktindsigt). */
export const opennessModule = defineModule({
  name: 'openness',
  requires: ['identity', 'cases', 'post', 'notify'],
  permissions: opennessPermissions,
  messages: opennessMessages,
  build(context, { identity, cases, post, notify }) {
    const openness = new OpennessService({
      db: context.db,
      identity,
      cases,
      post,
      notify,
      publicUrl: context.config.publicUrl,
      secret: context.config.sessionSecret,
    });
    const baseUrl = context.config.publicUrl;
    return {
      provides: openness,
      subscriptions: opennessSubscriptions(openness.feed),
      navigation: {
        menu: {
          public: [{ href: opennessPaths.list, label: 'openness.menu.list' }],
          citizen: [{ href: opennessPaths.list, label: 'openness.menu.list' }],
          business: [{ href: opennessPaths.list, label: 'openness.menu.list' }],
          staff: [
            { href: opennessPaths.requests, label: 'openness.menu.requests', permission: 'openness:handle', order: 40 },
          ],
        },
        staff: [
          {
            href: opennessPaths.requests,
            label: 'openness.staff.title',
            description: 'openness.staff.lead',
            permission: 'openness:handle',
          },
          {
            href: opennessPaths.entries,
            label: 'openness.entries.title',
            description: 'openness.entries.lead',
            permission: 'openness:handle',
          },
          {
            href: opennessPaths.rules,
            label: 'openness.rules.title',
            description: 'openness.rules.lead',
            permission: 'openness:rules',
          },
        ],
      },
      routes(app) {
        registerPublicRoutes(app, openness, baseUrl);
        registerOpennessApiRoutes(app, openness);
        registerStaffRoutes(app, openness, baseUrl);
        registerAdminRoutes(app, openness);
      },
      seedDemo: () => seedOpennessDemo(openness),
    };
  },
});
