import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ChannelsService } from './channels.service.ts';
import { addDays, danishDay } from './danish-day.ts';
import { figuresCsv } from './figures-csv.ts';
import { channelsPaths } from './views/paths.ts';
import { FiguresPage } from './views/staff/figures-page.tsx';

const figures = { config: { permission: 'channels:figures' } } as const;
const PeriodQuery = z.object({ from: z.string().max(20).optional(), to: z.string().max(20).optional() }).catch({});

/** The period asked for; by default the last 30 days up to today. */
function periodOf(query: unknown) {
  const parsed = PeriodQuery.parse(query ?? {});
  const to = parsed.to?.trim() || danishDay();
  return { from: parsed.from?.trim() || addDays(to, -29), to };
}

/** Managers' channel figures, as a page and as CSV. */
export function registerFiguresRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.get(channelsPaths.figures, figures, async (request, reply) => {
    const period = periodOf(request.query);
    const outcome = await attemptForm(() => channels.figures.report(request.principal!, period.from, period.to));
    if (!outcome.ok) return reply.page(() => <FiguresPage period={period} errors={outcome.errors} />, 400);
    return reply.page(() => <FiguresPage period={period} report={outcome.value} />);
  });

  app.get(channelsPaths.figuresCsv, figures, async (request, reply) => {
    const period = periodOf(request.query);
    const report = await channels.figures.report(request.principal!, period.from, period.to);
    return reply
      .header('content-disposition', `attachment; filename="channel-figures-${period.from}-${period.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(figuresCsv(report));
  });
}
