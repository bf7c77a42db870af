import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { InsightService } from './insight.service.ts';
import { dashboardCsv } from './insight-csv.ts';
import { periodOf } from './period.ts';
import { insightPaths } from './views/paths.ts';
import { OpenDataPage } from './views/public/open-data-page.tsx';

const open = { config: { access: 'public' } } as const;
const PeriodQuery = z.object({ from: z.string().max(20).optional(), to: z.string().max(20).optional() }).catch({});

/** The published key figures, without login: as a page and as CSV. */
export function registerOpenDataRoutes(app: FastifyInstance, insight: InsightService): void {
  app.get(insightPaths.openData, open, async (request, reply) => {
    const period = periodOf(PeriodQuery.parse(request.query ?? {}));
    const outcome = await attemptForm(() => insight.dashboards.openData(period));
    if (!outcome.ok) return reply.page(() => <OpenDataPage period={period} errors={outcome.errors} />, 400);
    return reply.page(() => <OpenDataPage period={period} tiles={outcome.value} />);
  });

  app.get(insightPaths.openDataCsv, open, async (request, reply) => {
    const period = periodOf(PeriodQuery.parse(request.query ?? {}));
    const tiles = await insight.dashboards.openData(period);
    return reply
      .header('content-disposition', `attachment; filename="open-key-figures-${period.from}-${period.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(dashboardCsv(period, tiles));
  });
}
