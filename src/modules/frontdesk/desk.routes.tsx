import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { FrontdeskService } from './frontdesk.service.ts';
import { copenhagenDay } from './copenhagen-clock.ts';
import { DayPlanPage } from './views/staff/day-plan-page.tsx';
import { frontdeskPaths } from './views/paths.ts';

const desk = { config: { permission: 'frontdesk:desk' } } as const;
/** A YYYY-MM-DD that is a real day (2027-02-30 is not). */
const realDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  });
const DayPlanQuery = z
  .object({
    location: z.string().max(60).optional().catch(undefined),
    day: realDay.optional().catch(undefined),
    notice: z.enum(['arrived', 'served', 'no-show']).optional().catch(undefined),
  })
  .catch({});
const MarkBody = z.object({
  mark: z.enum(['arrived', 'served', 'no-show']).catch('arrived'),
  day: realDay.optional().catch(undefined),
});
const IdParams = z.object({ id: z.string().max(64) });

/** The front desk's day plan per location and the marks on it. */
export function registerDeskRoutes(app: FastifyInstance, frontdesk: FrontdeskService): void {
  app.get(frontdeskPaths.dayPlan, desk, async (request, reply) => {
    const query = DayPlanQuery.parse(request.query ?? {});
    const locations = await frontdesk.desk.myLocations(request.principal!);
    const location = locations.find((candidate) => candidate.code === query.location) ?? locations[0];
    const day = query.day ?? copenhagenDay(new Date());
    const visits = location ? await frontdesk.desk.dayPlan(request.principal!, location.code, day) : [];
    const services = await frontdesk.catalogue.services();
    const props = { locations, location, day, visits, services, notice: query.notice };
    return reply.page(() => <DayPlanPage {...props} />);
  });

  app.post(
    '/staff/frontdesk/appointments/:id/mark',
    { config: { permission: 'frontdesk:desk', record: 'appointment' } },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = MarkBody.parse(request.body ?? {});
      const marked = await frontdesk.desk.mark(request.principal!, id, body.mark);
      const day = body.day ?? copenhagenDay(marked.startsAt);
      const query = new URLSearchParams({ location: marked.locationCode, day, notice: body.mark });
      return reply.redirect(`${frontdeskPaths.dayPlan}?${query}`, 303);
    },
  );
}
