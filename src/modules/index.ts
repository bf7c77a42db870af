import type { ModuleDeclaration } from '#platform/module.ts';
import { identityModule } from './identity/identity.module.ts';
import { postModule } from './post/post.module.ts';
import { notifyModule } from './notify/notify.module.ts';
import { casesModule } from './cases/cases.module.ts';
import { selfserviceModule } from './selfservice/selfservice.module.ts';
import { channelsModule } from './channels/channels.module.ts';
import { frontdeskModule } from './frontdesk/frontdesk.module.ts';
import { opennessModule } from './openness/openness.module.ts';
import { governanceModule } from './governance/governance.module.ts';
import { insightModule } from './insight/insight.module.ts';

/**
 * The modules of the application. The app builds them in the order their requirements give
 * (platform/module-graph.ts); among modules that do not depend on each other, in this order, which is
 * also the order of their menu items and links.
 */
export const modules: readonly ModuleDeclaration[] = [
  identityModule,
  postModule,
  notifyModule,
  casesModule,
  selfserviceModule,
  channelsModule,
  frontdeskModule,
  opennessModule,
  governanceModule,
  insightModule,
];
