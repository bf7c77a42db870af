import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { ServiceTarget } from './service-target.ts';
import type { ServiceLevelsService } from './service-levels.service.ts';
import { readTargetForm, type TargetForm } from './target-input.ts';
import { serviceLevelPaths } from './views/paths.ts';
import { TargetFormPage } from './views/target-form-page.tsx';
import { TargetsPage } from './views/targets-page.tsx';

const admin = { config: { permission: 'channels:service-level-admin' } } as const;
const ListQuery = z.object({ saved: z.string().max(5).optional() }).catch({});
const NewQuery = z.object({ supersedes: z.string().max(100).optional() }).catch({});

/** The form of a new version filled in from the version it supersedes (from tomorrow), or empty. */
function formFrom(target: ServiceTarget | undefined, today: string): TargetForm {
  return {
    metric: target?.metric ?? 'written-answer',
    serviceKind: target?.serviceKind ?? 'all',
    serviceCode: target?.serviceCode ?? '',
    channel: target?.channel ?? 'any',
    withinDays: target?.withinDays ? String(target.withinDays) : '',
    targetPercent: target ? String(target.targetPercent) : '',
    noticeDays: target?.noticeDays ? String(target.noticeDays) : '',
    validFrom: today,
    validTo: '',
    decidedBy: '',
    decisionReference: '',
  };
}

/** Administrators: service-level targets, and new targets or versions. */
export function registerServiceLevelAdminRoutes(app: FastifyInstance, levels: ServiceLevelsService): void {
  app.get(serviceLevelPaths.targets, admin, async (request, reply) => {
    const targets = await levels.targets.list();
    const saved = ListQuery.parse(request.query ?? {}).saved === '1';
    return reply.page(() => <TargetsPage targets={targets} today={danishDay()} saved={saved} />);
  });

  app.get(serviceLevelPaths.newTarget, admin, async (request, reply) => {
    const { supersedes } = NewQuery.parse(request.query ?? {});
    const superseded = supersedes
      ? (await levels.targets.list()).find((target) => target.id === supersedes)
      : undefined;
    return reply.page(() => <TargetFormPage form={formFrom(superseded, danishDay())} />);
  });

  app.post(serviceLevelPaths.targets, admin, async (request, reply) => {
    const form = readTargetForm((request.body ?? {}) as Record<string, unknown>);
    const outcome = await attemptForm(() => levels.targets.create(request.principal!, form));
    if (outcome.ok) return reply.redirect(`${serviceLevelPaths.targets}?saved=1`, 303);
    return reply.page(() => <TargetFormPage form={form} errors={outcome.errors} />, 400);
  });
}
