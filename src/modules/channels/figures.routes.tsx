import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ChannelsService } from './channels.service.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';
import { defaultBaseline } from './follow-up/follow-up.service.ts';
import { figuresCsv } from './figures-csv.ts';
import { komhenCsv } from './komhen/komhen-export.ts';
import { channelsPaths } from './views/paths.ts';
import { FiguresPage } from './views/staff/figures-page.tsx';

const figures = { config: { permission: 'channels:figures' } } as const;
const PeriodQuery = z.object({ from: z.string().max(20).optional(), to: z.string().max(20).optional() }).catch({});
const BaselineQuery = z
  .object({ baselineFrom: z.string().max(20).optional(), baselineTo: z.string().max(20).optional() })
  .catch({});

/** The period asked for; by default the last 30 days up to today. */
function periodOf(query: unknown) {
  const parsed = PeriodQuery.parse(query ?? {});
  const to = parsed.to?.trim() || danishDay();
  // a `to` that is no day gets its field error from the report; the default `from` is then today's
  return { from: parsed.from?.trim() || (isDay(to) ? addDays(to, -29) : danishDay()), to };
}

/** The baseline asked for; by default the period of as many days just before. */
function baselineOf(query: unknown, period: { from: string; to: string }) {
  const parsed = BaselineQuery.parse(query ?? {});
  const fallback = isDay(period.from) && isDay(period.to) ? defaultBaseline(period) : { from: '', to: '' };
  return { from: parsed.baselineFrom?.trim() || fallback.from, to: parsed.baselineTo?.trim() || fallback.to };
}

/** Managers' channel figures, as a page and as CSV. */
export function registerFiguresRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.get(channelsPaths.figures, figures, async (request, reply) => {
    const period = periodOf(request.query);
    const baseline = baselineOf(request.query, period);
    const values = { ...period, baselineFrom: baseline.from, baselineTo: baseline.to };
    const outcome = await attemptForm(async () => {
      const report = await channels.figures.report(request.principal!, period.from, period.to);
      return { report, followUp: await channels.followUp.compare(request.principal!, report, baseline) };
    });
    if (!outcome.ok) return reply.page(() => <FiguresPage period={values} errors={outcome.errors} />, 400);
    return reply.page(() => <FiguresPage period={values} {...outcome.value} />);
  });

  app.get(channelsPaths.figuresCsv, figures, async (request, reply) => {
    const period = periodOf(request.query);
    const report = await channels.figures.report(request.principal!, period.from, period.to);
    return reply
      .header('content-disposition', `attachment; filename="channel-figures-${period.from}-${period.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(figuresCsv(report));
  });

  app.get(channelsPaths.komhenCsv, figures, async (request, reply) => {
    const period = periodOf(request.query);
    const lines = await channels.komhen.lines(request.principal!, period.from, period.to);
    return reply
      .header('content-disposition', `attachment; filename="komhen-${period.from}-${period.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(komhenCsv(period, lines));
  });
}
