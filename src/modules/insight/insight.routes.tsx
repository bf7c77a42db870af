import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { textOf } from './views/format.ts';
import type { InsightService } from './insight.service.ts';
import { dashboardCsv, figureCsv } from './insight-csv.ts';
import { periodOf } from './period.ts';
import { breakdownChart } from './views/staff/dashboard-charts.ts';
import { DashboardPage } from './views/staff/dashboard-page.tsx';
import { FigurePage } from './views/staff/figure-page.tsx';
import { insightPaths } from './views/paths.ts';

const view = { config: { permission: 'insight:view' } } as const;
const figureRoute = {
  config: {
    permission: 'insight:view',
    record: false,
    recordless: 'a key figure is the municipality’s anonymous aggregate; the department rule is in the service',
  },
} as const;
const PeriodQuery = z.object({ from: z.string().max(20).optional(), to: z.string().max(20).optional() }).catch({});
const IdParams = z.object({ id: z.string().max(100) });

const period = (query: unknown) => periodOf(PeriodQuery.parse(query ?? {}));

const csv = (name: string) => ({ 'content-disposition': `attachment; filename="${name}.csv"` });

/** The dashboards, a figure's page and their CSV exports. */
export function registerInsightRoutes(app: FastifyInstance, insight: InsightService): void {
  const dashboards = insight.dashboards;

  app.get(insightPaths.dashboard, view, async (request, reply) => {
    const chosen = period(request.query);
    const outcome = await attemptForm(() => dashboards.dashboard(request.principal!, chosen));
    if (!outcome.ok) return reply.page(() => <DashboardPage period={chosen} errors={outcome.errors} />, 400);
    const charts = (await dashboards.charts(request.principal!, chosen)).map(({ figure, breakdown }) =>
      breakdownChart(t(`insight.chart.${figure.id}`), textOf(figure.name), breakdown),
    );
    return reply.page(() => <DashboardPage period={chosen} tiles={outcome.value} charts={charts} />);
  });

  app.get(insightPaths.dashboardCsv, view, async (request, reply) => {
    const chosen = period(request.query);
    const tiles = await dashboards.dashboard(request.principal!, chosen);
    return reply
      .headers(csv(`key-figures-${chosen.from}-${chosen.to}`))
      .type('text/csv; charset=utf-8')
      .send(dashboardCsv(chosen, tiles));
  });

  app.get(insightPaths.figureRoute, figureRoute, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const chosen = period(request.query);
    const figure = await dashboards.figure(request.principal!, id);
    const outcome = await attemptForm(() => dashboards.figureReport(request.principal!, id, chosen));
    if (!outcome.ok)
      return reply.page(() => <FigurePage figure={figure} period={chosen} errors={outcome.errors} />, 400);
    return reply.page(() => <FigurePage figure={figure} period={chosen} report={outcome.value} />);
  });

  app.get(insightPaths.figureCsvRoute, figureRoute, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const chosen = period(request.query);
    const { figure, facts } = await dashboards.figureFacts(request.principal!, id, chosen);
    return reply
      .headers(csv(`${figure.id}-${chosen.from}-${chosen.to}`))
      .type('text/csv; charset=utf-8')
      .send(figureCsv(figure, facts));
  });
}
