import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '#platform/module.ts';
import type { CasesContract, NotifyContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { PurposeService } from '../purpose.service.ts';
import { registerSatisfactionRoutes } from './satisfaction.routes.tsx';
import { SatisfactionService } from './satisfaction.service.ts';
import { satisfactionSubscriptions } from './satisfaction.subscriptions.ts';
import { satisfactionPaths } from './views/paths.ts';

/**
 * The satisfaction part of the channels module: its service, subscriptions, routes and staff link, so the
 * module's declaration only adds them.
 */
export function buildSatisfaction(
  context: Pick<ModuleContext, 'db' | 'config'>,
  deps: { identity: IdentityContract; cases: CasesContract; notify: NotifyContract; purposes: PurposeService },
) {
  const satisfaction = new SatisfactionService(context.db, {
    purposes: deps.purposes,
    caseTypes: deps.cases,
    notify: deps.notify,
    identity: deps.identity,
    secret: context.config.sessionSecret,
  });
  return {
    satisfaction,
    subscriptions: satisfactionSubscriptions(satisfaction),
    staffLinks: [
      {
        href: satisfactionPaths.figures,
        label: 'channels.satisfaction.title',
        description: 'channels.satisfaction.linkDescription',
        permission: 'channels:service-levels',
      },
    ],
    routes(app: FastifyInstance) {
      registerSatisfactionRoutes(app, satisfaction, deps.identity);
    },
  };
}
