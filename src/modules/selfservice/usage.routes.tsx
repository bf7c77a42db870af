import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { fieldMessages } from '#platform/http/problem.ts';
import type { SelfserviceService } from './selfservice.service.ts';
import { usagePeriod } from './usage-period.ts';
import { usageEvents } from './usage-report.ts';
import { paths } from './views/paths.ts';
import { UsagePage, type UsageFilter } from './views/staff/usage-page.tsx';

const UsageQuery = z.object({
  from: z.string().trim().max(20).optional(),
  to: z.string().trim().max(20).optional(),
  granularity: z.enum(['day', 'month']).catch('day').default('day'),
});

const csvCell = (value: string | number) =>
  typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`;

/** Reads the filter; a date that is not a date is an error beside its field, never a crash. */
function readFilter(query: unknown): { filter: UsageFilter; errors: Record<string, string> } {
  const parsed = UsageQuery.parse(query ?? {});
  const { from, to, problems } = usagePeriod(parsed);
  return { filter: { from, to, granularity: parsed.granularity }, errors: fieldMessages(problems) };
}

/** Staff pages for the usage counts: managers, system owners and administrators. */
export function registerUsageRoutes(app: FastifyInstance, service: SelfserviceService): void {
  app.get(paths.usage, { config: { permission: 'selfservice:usage' } }, async (request, reply) => {
    const { filter, errors } = readFilter(request.query);
    if (Object.keys(errors).length) return reply.page(() => <UsagePage filter={filter} errors={errors} />, 400);
    const report = await service.usage.report(request.principal!, filter);
    return reply.page(() => <UsagePage filter={filter} report={report} />);
  });

  app.get(paths.usageCsv, { config: { permission: 'selfservice:usage' } }, async (request, reply) => {
    const { filter, errors } = readFilter(request.query);
    if (Object.keys(errors).length)
      return reply.code(400).type('text/plain; charset=utf-8').send(Object.values(errors).join('\n'));
    const report = await service.usage.report(request.principal!, filter);
    // One row per period and solution; the channel column lets the file sit beside other channels' figures.
    const header = ['period', 'channel', 'solution_code', 'solution_name', ...usageEvents];
    const lines = report.rows.map((row) =>
      [
        row.period,
        'selfservice',
        row.solutionCode,
        row.solutionName.da,
        ...usageEvents.map((event) => row.counts[event]),
      ]
        .map(csvCell)
        .join(','),
    );
    return reply
      .header('content-disposition', `attachment; filename="selfservice-usage-${filter.from}-${filter.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(`${[header.join(','), ...lines].join('\n')}\n`);
  });
}
