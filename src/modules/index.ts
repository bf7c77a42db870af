import type { RaadhusModule } from '#platform/module.ts';
import { identityModule } from './identity/identity.module.ts';
import { postModule } from './post/post.module.ts';
import { notifyModule } from './notify/notify.module.ts';
import { casesModule } from './cases/cases.module.ts';
import { selfserviceModule } from './selfservice/selfservice.module.ts';

/** The modules, in dependency order: each may use the services of the modules before it. */
export const modules: RaadhusModule[] = [identityModule, postModule, notifyModule, casesModule, selfserviceModule];
