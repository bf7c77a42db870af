import type { FastifyInstance } from 'fastify';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { OpennessService } from './openness.service.ts';
import { singleValues } from './form-values.ts';
import { opennessPaths } from './views/paths.ts';
import { RulesPage } from './views/admin/rules-page.tsx';

const rules = { config: { permission: 'openness:rules' } } as const;

/** Administrators: the post list's rules (each change audited in the service). */
export function registerAdminRoutes(app: FastifyInstance, openness: OpennessService): void {
  const page = async (extra: Partial<Parameters<typeof RulesPage>[0]> = {}) => {
    const [list, delayDays] = await Promise.all([openness.postList.rules(), openness.postList.delayDays()]);
    return () => <RulesPage rules={list} delayDays={delayDays} {...extra} />;
  };

  app.get(opennessPaths.rules, rules, async (request, reply) =>
    reply.page(await page({ saved: singleValues(request.query).saved === '1' })),
  );

  app.post(opennessPaths.closeCaseType, rules, async (request, reply) => {
    const values = singleValues(request.body);
    const outcome = await attemptForm(() =>
      openness.postList.closeCaseType(request.principal!, {
        caseTypeCode: values.caseTypeCode ?? '',
        reason: values.reason ?? '',
      }),
    );
    if (outcome.ok) return reply.redirect(`${opennessPaths.rules}?saved=1`, 303);
    return reply.page(await page({ errors: outcome.errors, values }), 400);
  });

  app.post(opennessPaths.delay, rules, async (request, reply) => {
    const values = singleValues(request.body);
    const outcome = await attemptForm(() => openness.postList.setDelay(request.principal!, values.delayDays ?? ''));
    if (outcome.ok) return reply.redirect(`${opennessPaths.rules}?saved=1`, 303);
    return reply.page(await page({ errors: outcome.errors, values }), 400);
  });
}
