import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { FrontdeskService } from './frontdesk.service.ts';
import { appointmentIcs } from './ics.ts';
import { AppointmentPage } from './views/citizen/appointment-page.tsx';
import { MyAppointmentsPage, type OwnAppointment } from './views/citizen/my-appointments-page.tsx';
import { named } from './views/format.ts';
import { frontdeskPaths } from './views/paths.ts';

const mine = { config: { permission: 'frontdesk:book' } } as const;
const own = { config: { permission: 'frontdesk:book', record: 'appointment' } } as const;
const IdParams = z.object({ id: z.string().max(64) });
const Notice = z.object({ notice: z.string().max(20).optional() }).catch({});

/** "My appointments": the list with cancel, the receipt page and its calendar file. */
export function registerMyAppointmentRoutes(app: FastifyInstance, frontdesk: FrontdeskService): void {
  const { booking, catalogue } = frontdesk;

  const listPage = async (principal: Principal): Promise<OwnAppointment[]> => {
    const services = await catalogue.services();
    const locations = await catalogue.locations();
    return (await booking.mine(principal)).map((appointment) => ({
      ...appointment,
      serviceName: named(services.find((service) => service.code === appointment.serviceCode)!),
      locationName: named(locations.find((location) => location.code === appointment.locationCode)!),
    }));
  };

  app.get(frontdeskPaths.mine, mine, async (request, reply) => {
    const notice = Notice.parse(request.query ?? {}).notice === 'cancelled' ? 'cancelled' : undefined;
    const appointments = await listPage(request.principal!);
    return reply.page(() => <MyAppointmentsPage appointments={appointments} now={new Date()} notice={notice} />);
  });

  app.get('/my/appointments/:id', own, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const appointment = await booking.own(request.principal!, id);
    const service = await catalogue.service(appointment.serviceCode);
    const location = await catalogue.location(appointment.locationCode);
    const notice = Notice.parse(request.query ?? {}).notice === 'booked' ? 'booked' : undefined;
    return reply.page(() => <AppointmentPage {...{ appointment, service, location, notice }} />);
  });

  app.get('/my/appointments/:id/calendar.ics', own, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const appointment = await booking.own(request.principal!, id);
    const service = await catalogue.service(appointment.serviceCode);
    const location = await catalogue.location(appointment.locationCode);
    const ics = appointmentIcs({
      ...appointment,
      summary: t('frontdesk.ics.summary', { service: named(service) }),
      location: `${named(location)}, ${location.address}`,
      description: `${t('frontdesk.field.bring')}: ${named({ name: service.bring })}`,
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="aftale.ics"')
      .send(ics);
  });

  app.post('/my/appointments/:id/cancel', own, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const outcome = await attemptForm(() => booking.cancel(request.principal!, id), { statuses: [409] });
    if (outcome.ok) return reply.redirect(`${frontdeskPaths.mine}?notice=cancelled`, 303);
    const appointments = await listPage(request.principal!);
    const props = { appointments, now: new Date(), errors: outcome.errors };
    return reply.page(() => <MyAppointmentsPage {...props} />, 409);
  });
}
