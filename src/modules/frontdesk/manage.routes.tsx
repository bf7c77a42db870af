import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { pageOfDays } from './booking.routes.tsx';
import type { FrontdeskService } from './frontdesk.service.ts';
import { slotInstant } from './slot-value.ts';
import { frontdeskPaths } from './views/paths.ts';
import { ManagePage } from './views/public/manage-page.tsx';

/** No login: the signed link is the key to its one appointment. */
const open = {
  config: {
    access: 'public',
    record: false,
    recordless: 'the signed, expiring link is its own proof of access to its one appointment',
  },
} as const;
const TokenParams = z.object({ token: z.string().max(200) });
const Notice = z.object({ notice: z.enum(['moved', 'cancelled']).optional() }).catch({});
const MoveForm = z.object({ slot: z.string().max(20).optional().catch('') }).catch({});

/** The receipt's signed link: see, move or cancel the one appointment without logging in. */
export function registerManageRoutes(app: FastifyInstance, frontdesk: FrontdeskService): void {
  const { manage, catalogue } = frontdesk;

  const page = async (
    reply: FastifyReply,
    token: string,
    extra: { notice?: 'moved' | 'cancelled'; errors?: Record<string, string> } = {},
    status = 200,
  ) => {
    const now = new Date();
    const { appointment, slots } = await manage.slots(token, now);
    const service = await catalogue.service(appointment.serviceCode);
    const location = await catalogue.location(appointment.locationCode);
    const open = appointment.status === 'booked' && appointment.startsAt > now;
    const { days } = pageOfDays(slots);
    const props = { token, appointment, service, location, days, open, ...extra };
    return reply.page(() => <ManagePage {...props} />, status);
  };

  app.get('/appointments/manage/:token', open, async (request, reply) => {
    const { token } = TokenParams.parse(request.params);
    return page(reply, token, { notice: Notice.parse(request.query ?? {}).notice });
  });

  app.post('/appointments/manage/:token/cancel', open, async (request, reply) => {
    const { token } = TokenParams.parse(request.params);
    const outcome = await attemptForm(() => manage.cancel(token), { statuses: [409] });
    if (outcome.ok) return reply.redirect(`${frontdeskPaths.manage(token)}?notice=cancelled`, 303);
    return page(reply, token, { errors: outcome.errors as Record<string, string> }, 409);
  });

  app.post('/appointments/manage/:token/move', open, async (request, reply) => {
    const { token } = TokenParams.parse(request.params);
    const startsAt = slotInstant(MoveForm.parse(request.body ?? {}).slot ?? '');
    if (!startsAt) {
      await manage.appointment(token); // a bad link says so first
      return page(reply, token, { errors: { slot: t('frontdesk.error.chooseSlot') } }, 400);
    }
    const outcome = await attemptForm(() => manage.move(token, startsAt), { statuses: [400, 409], field: 'slot' });
    // the moved visit has a new receipt with a new link; this page goes on with the link it came by
    if (outcome.ok) return reply.redirect(`${frontdeskPaths.manage(token)}?notice=moved`, 303);
    const status = outcome.problem.statusCode;
    return page(reply, token, { errors: outcome.errors as Record<string, string> }, status);
  });
}
