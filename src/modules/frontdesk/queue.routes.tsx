import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { t } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { FrontdeskService } from './frontdesk.service.ts';
import { DisplayPage } from './views/public/display-page.tsx';
import { KioskPage } from './views/public/kiosk-page.tsx';
import { type QueueView, QueuePage } from './views/staff/queue-page.tsx';
import { frontdeskPaths } from './views/paths.ts';

const queue = { config: { permission: 'frontdesk:queue' } } as const;
const open = { config: { access: 'public' } } as const;
const code = z.string().max(60).optional().catch(undefined);
const LocationQuery = z
  .object({ location: code, counter: z.coerce.number().int().optional().catch(undefined) })
  .catch({});
const TicketBody = z.object({ location: code, service: code }).catch({});
const CounterBody = z.object({ location: code, counter: z.coerce.number().int().catch(0) }).catch({ counter: 0 });

/** The walk-in queue: the counter page (staff), the kiosk and the call display (no login). */
export function registerQueueRoutes(app: FastifyInstance, frontdesk: FrontdeskService): void {
  const { queue: tickets, catalogue, desk } = frontdesk;

  async function counterPage(
    reply: FastifyReply,
    principal: Principal,
    choice: { location?: string; counter?: number },
    extra: Partial<QueueView> = {},
    status = 200,
  ) {
    const locations = await desk.myLocations(principal);
    const location = locations.find((candidate) => candidate.code === choice.location) ?? locations[0];
    const board = location ? await tickets.board(location.code) : { tickets: [], expectedWait: 0 };
    const services = location ? await catalogue.servicesAt(location.code) : [];
    const counter = choice.counter && location && choice.counter <= location.counters ? choice.counter : 1;
    const view = { locations, location, services, ...board, counter, ...extra };
    return reply.page(() => <QueuePage {...view} />, status);
  }

  app.get(frontdeskPaths.queue, queue, async (request, reply) =>
    counterPage(reply, request.principal!, LocationQuery.parse(request.query ?? {})),
  );

  app.post(frontdeskPaths.call, queue, async (request, reply) => {
    const body = CounterBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => tickets.callNext(request.principal!, body.location ?? '', body.counter), {
      field: 'counter',
    });
    if (!outcome.ok) return counterPage(reply, request.principal!, body, { errors: outcome.errors }, 400);
    const notice = outcome.value
      ? t('frontdesk.queue.called', { number: outcome.value.number, counter: body.counter })
      : t('frontdesk.queue.nobody');
    return counterPage(reply, request.principal!, body, { notice });
  });

  app.post(frontdeskPaths.done, queue, async (request, reply) => {
    const body = CounterBody.parse(request.body ?? {});
    const served = await tickets.finish(request.principal!, body.location ?? '', body.counter);
    const notice = served
      ? t('frontdesk.queue.served', { number: served.number })
      : t('frontdesk.queue.nothingToFinish');
    return counterPage(reply, request.principal!, body, { notice });
  });

  app.post(frontdeskPaths.deskTicket, queue, async (request, reply) => {
    const body = TicketBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => tickets.takeTicket(body.location ?? '', body.service ?? ''), {
      field: 'service',
    });
    if (!outcome.ok) return counterPage(reply, request.principal!, body, { errors: outcome.errors }, 400);
    const notice = t('frontdesk.kiosk.yourNumber', { number: outcome.value.number });
    return counterPage(reply, request.principal!, body, { notice });
  });

  /** The kiosk and the display show the location asked for, or the first one (a single town hall needs no query). */
  const chosenOrFirst = async (code: string | undefined) => code ?? (await catalogue.locations())[0]?.code ?? '';

  async function kioskPage(reply: FastifyReply, locationCode: string, extra = {}, status = 200) {
    const board = await tickets.board(locationCode);
    const services = await catalogue.servicesAt(board.location.code);
    return reply.page(() => <KioskPage {...board} services={services} {...extra} />, status);
  }

  app.get(frontdeskPaths.kiosk, open, async (request, reply) =>
    kioskPage(reply, await chosenOrFirst(LocationQuery.parse(request.query ?? {}).location)),
  );

  app.post(frontdeskPaths.kioskTicket, open, async (request, reply) => {
    const body = TicketBody.parse(request.body ?? {});
    const location = body.location ?? '';
    const outcome = await attemptForm(() => tickets.takeTicket(location, body.service ?? ''), { field: 'service' });
    if (!outcome.ok) return kioskPage(reply, location, { errors: outcome.errors }, 400);
    return kioskPage(reply, location, { ticket: outcome.value });
  });

  app.get(frontdeskPaths.display, open, async (request, reply) => {
    const board = await tickets.board(await chosenOrFirst(LocationQuery.parse(request.query ?? {}).location));
    const called = board.tickets
      .filter((ticket) => ticket.calledAt)
      .sort((left, right) => right.calledAt!.getTime() - left.calledAt!.getTime())
      .slice(0, 6);
    reply.header('refresh', '10');
    return reply.page(() => <DisplayPage location={board.location} called={called} />);
  });
}
