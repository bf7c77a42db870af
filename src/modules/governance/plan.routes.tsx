import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { GovernanceService } from './governance.service.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { governancePaths } from './views/paths.ts';
import { PlanPage } from './views/staff/plan-page.tsx';

const YearQuery = z.object({ year: z.string().max(10).optional() }).catch({});

/** The year asked for (2000–2100), or this year. */
function yearOf(query: unknown): number {
  const asked = Number(YearQuery.parse(query ?? {}).year);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(danishDay().slice(0, 4));
}

/** The digitalisation group's board: the year's action plan, its gains and the strategy pool. */
export function registerPlanRoutes(app: FastifyInstance, governance: GovernanceService): void {
  app.get(governancePaths.plan, { config: { permission: 'governance:read' } }, async (request, reply) => {
    const year = yearOf(request.query);
    const { initiatives, pool } = await governance.plan.board(request.principal!, year);
    return reply.page(() => <PlanPage year={year} initiatives={initiatives} pool={pool} />);
  });
}
