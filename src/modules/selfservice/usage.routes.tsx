import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { addStaffLink } from '#platform/portal/portal-registry.ts';
import { parseDate } from './forms/form-validator.ts';
import type { SelfserviceService } from './selfservice.service.ts';
import { danishDay, usageEvents } from './usage.service.ts';
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
function readFilter(query: unknown, now = new Date()): { filter: UsageFilter; errors: Record<string, string> } {
  const parsed = UsageQuery.parse(query ?? {});
  const defaultTo = danishDay(now);
  const defaultFrom = danishDay(new Date(now.getTime() - 29 * 86_400_000));
  const errors: Record<string, string> = {};
  const from = parsed.from ? parseDate(parsed.from) : defaultFrom;
  const to = parsed.to ? parseDate(parsed.to) : defaultTo;
  if (!from) errors.from = t('selfservice.usage.invalidDate');
  if (!to) errors.to = t('selfservice.usage.invalidDate');
  if (from && to && from > to) errors.from = t('selfservice.usage.range');
  return {
    filter: { from: from ?? parsed.from ?? '', to: to ?? parsed.to ?? '', granularity: parsed.granularity },
    errors,
  };
}

/** Staff pages for the usage counts: managers, system owners and administrators. */
export function registerUsageRoutes(app: FastifyInstance, service: SelfserviceService): void {
  addStaffLink({
    href: paths.usage,
    label: 'module.selfservice',
    description: 'selfservice.usage.lead',
    permission: 'selfservice:usage',
  });

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
