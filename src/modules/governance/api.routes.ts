import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { GovernanceService } from './governance.service.ts';

/** An IT system as other systems read it: codes, not texts (the mapping to OS2kitos is in docs/governance.md). */
const ItSystemResponse = z.object({
  id: z.string().uuid(),
  name: z.string(),
  supplier: z.string(),
  lifecycle: z.string(),
  criticality: z.string(),
  hosting: z.string(),
  personalData: z.string(),
  usersBand: z.string(),
  departments: z.array(z.string()),
  kle: z.array(z.string()),
  roles: z.array(z.object({ role: z.string(), staffId: z.string().uuid() })),
});
const ItSystemListResponse = z.object({ systems: z.array(ItSystemResponse) });

/** The register for other systems (an OS2kitos synchronisation, a CMDB): read only. */
export function registerGovernanceApiRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/governance/systems',
    {
      config: { permission: 'governance:read' },
      schema: {
        operationId: 'listItSystems',
        tags: ['governance'],
        summary: 'The IT-system register: every system with its classification, departments, KLE and roles',
        response: { 200: ItSystemListResponse },
      },
    },
    async (request) => {
      const systems = await governance.register.list(request.principal!);
      return {
        systems: systems.map((system) => ({
          id: system.id,
          name: system.name,
          supplier: system.supplier,
          lifecycle: system.lifecycle,
          criticality: system.criticality,
          hosting: system.hosting,
          personalData: system.personalData,
          usersBand: system.usersBand,
          departments: system.departmentCodes,
          kle: system.kle,
          roles: system.roles.map(({ role, staffId }) => ({ role, staffId })),
        })),
      };
    },
  );
}
