import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '#platform/auth/permissions.ts';
import type { GovernanceService } from './governance.service.ts';
import { systemsCsv } from './systems-csv.ts';
import { systemPageProps } from './system-page-props.ts';
import { governancePaths } from './views/paths.ts';
import { OwnerPage } from './views/staff/owner-page.tsx';
import { SystemPage } from './views/staff/system-page.tsx';
import { SystemsPage } from './views/staff/systems-page.tsx';

export const systemRecord = {
  record: false,
  recordless: 'an IT system is the municipality’s own register entry, no citizen’s or business’s record',
} as const;
export const IdParams = z.object({ id: z.string().max(100) }).catch({ id: '' });
const SavedQuery = z
  .object({
    saved: z.enum(['contract', 'incident', 'incident-import', 'duty', 'system', 'role', 'role-remove']).optional(),
  })
  .catch({});

/** The register, a system's page and the system owner's page. */
export function registerRegisterRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.get(governancePaths.systems, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const systems = await governance.register.list(request.principal!);
    const mayAdd = can(request.principal!, 'governance:admin');
    return reply.page(() => <SystemsPage systems={systems} mayAdd={mayAdd} />);
  });

  app.get(governancePaths.systemsCsv, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const systems = await governance.register.list(request.principal!);
    return reply
      .header('content-disposition', 'attachment; filename="it-systems.csv"')
      .type('text/csv; charset=utf-8')
      .send(systemsCsv(systems));
  });

  app.get(governancePaths.mySystems, { config: { permission: 'governance:own' } }, async (request, reply) => {
    const overviews = await governance.ownerPage(request.principal!);
    return reply.page(() => <OwnerPage overviews={overviews} />);
  });

  app.get(
    '/staff/governance/systems/:id',
    { config: { permission: 'governance:read', ...systemRecord } },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const props = await systemPageProps(governance, request.principal!, id);
      const saved = SavedQuery.parse(request.query ?? {}).saved;
      return reply.page(() => <SystemPage {...props} saved={saved} />);
    },
  );
}
