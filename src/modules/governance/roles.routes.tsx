import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { GovernanceService } from './governance.service.ts';
import { governancePaths } from './views/paths.ts';
import { RolesPage } from './views/admin/roles-page.tsx';

const admin = { config: { permission: 'governance:admin' } } as const;
const MovedQuery = z.object({ moved: z.coerce.number().int().min(0).max(100_000).optional() }).catch({});

/** Administrators: a leaver's system roles to a successor. */
export function registerRolesRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.get(governancePaths.roles, admin, async (request, reply) => {
    const staff = await governance.register.staffChoices(request.principal!);
    const { moved } = MovedQuery.parse(request.query ?? {});
    return reply.page(() => <RolesPage staff={staff} moved={moved} />);
  });

  app.post(`${governancePaths.roles}/transfer`, admin, async (request, reply) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const read = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).slice(0, 100) : '');
    const values = { from: read('from'), to: read('to'), mode: read('mode') };
    const actor = request.principal!;
    const outcome = await attemptForm(() =>
      governance.register.transferRoles(actor, values.from, values.to, values.mode === 'copy'),
    );
    if (outcome.ok) return reply.redirect(`${governancePaths.roles}?moved=${outcome.value}`, 303);
    const staff = await governance.register.staffChoices(actor);
    return reply.page(() => <RolesPage staff={staff} values={values} errors={outcome.errors} />, 400);
  });
}
