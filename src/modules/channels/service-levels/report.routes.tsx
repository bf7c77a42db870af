import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { currentLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';
import { reportCsv } from './report-csv.ts';
import type { ServiceLevelsService } from './service-levels.service.ts';
import { serviceLevelPaths } from './views/paths.ts';
import { ReportPage, type ReportQuery } from './views/report-page.tsx';

const report = { config: { permission: 'channels:service-levels' } } as const;
const Query = z
  .object({
    from: z.string().max(20).optional(),
    to: z.string().max(20).optional(),
    department: z.string().max(100).optional(),
  })
  .catch({});

/** The period and department asked for; by default the last 30 days for the whole municipality. */
function queryOf(raw: unknown): ReportQuery {
  const parsed = Query.parse(raw ?? {});
  const to = parsed.to?.trim() || danishDay();
  // a \`to\` that is no day gets its field error from the report; the default \`from\` is then today's
  const from = parsed.from?.trim() || (isDay(to) ? addDays(to, -29) : danishDay());
  return { from, to, department: parsed.department?.trim() ?? '' };
}

/** Managers' service-level page, as a page and as CSV. */
export function registerServiceLevelReportRoutes(app: FastifyInstance, levels: ServiceLevelsService): void {
  app.get(serviceLevelPaths.report, report, async (request, reply) => {
    const query = queryOf(request.query);
    const departments = (await levels.reports.departments()).map((d) => ({
      code: d.code,
      name: d.name[currentLocale()],
    }));
    const outcome = await attemptForm(() =>
      levels.reports.report(request.principal!, { ...query, department: query.department || undefined }),
    );
    if (!outcome.ok)
      return reply.page(() => <ReportPage query={query} departments={departments} errors={outcome.errors} />, 400);
    return reply.page(() => <ReportPage query={query} departments={departments} report={outcome.value} />);
  });

  app.get(serviceLevelPaths.reportCsv, report, async (request, reply) => {
    const query = queryOf(request.query);
    const value = await levels.reports.report(request.principal!, {
      ...query,
      department: query.department || undefined,
    });
    return reply
      .header('content-disposition', `attachment; filename="service-levels-${query.from}-${query.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(reportCsv(value));
  });
}
