import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Principal } from '#platform/auth/principal.ts';
import { t } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { BookingQuery } from './booking-form.ts';
import type { DeskLocation, DeskService } from './catalogue.ts';
import type { FrontdeskService } from './frontdesk.service.ts';
import { slotInstant } from './slot-value.ts';
import type { Slot } from './slots.ts';
import { ConfirmStep } from './views/citizen/confirm-step.tsx';
import { LocationStep } from './views/citizen/location-step.tsx';
import { ServiceStep } from './views/citizen/service-step.tsx';
import { daysShown, TimeStep } from './views/citizen/time-step.tsx';
import { frontdeskPaths } from './views/paths.ts';

const book = { config: { permission: 'frontdesk:book' } } as const;

/** Free slots grouped by day, `daysShown` days from `from` on, and the first day after them. */
export function pageOfDays(slots: Slot[], from?: string) {
  const days: Array<{ day: string; slots: Slot[] }> = [];
  for (const slot of slots) {
    if (from && slot.day < from) continue;
    const last = days.at(-1);
    if (last?.day === slot.day) last.slots.push(slot);
    else days.push({ day: slot.day, slots: [slot] });
  }
  return { days: days.slice(0, daysShown), later: days[daysShown]?.day };
}

/** Citizens book a visit in four GET steps and one POST: service and persons, location, time, confirm. */
export function registerBookingRoutes(app: FastifyInstance, frontdesk: FrontdeskService): void {
  const { catalogue, booking } = frontdesk;

  /** The service and persons of a step's query, or the first step again with what is missing (400). */
  async function chosenService(query: BookingQuery, reply: FastifyReply) {
    const services = await catalogue.services();
    const service = services.find((candidate) => candidate.code === query.service);
    const persons = query.persons ?? 0;
    const errors = {
      service: service ? undefined : t('frontdesk.error.chooseService'),
      persons:
        !service || (persons >= 1 && persons <= service.maxPersons)
          ? undefined
          : t('frontdesk.error.persons', { max: service.maxPersons }),
    };
    if (service && !errors.persons) return { service, persons };
    await reply.page(() => <ServiceStep services={services} service={query.service} errors={errors} />, 400);
    return undefined;
  }

  async function chosenLocation(query: BookingQuery, reply: FastifyReply, service: DeskService, persons: number) {
    const locations = await catalogue.locationsFor(service.code);
    const location = locations.find((candidate) => candidate.code === query.location);
    if (location) return location;
    const selfservice = await catalogue.selfservice(service);
    const errors = { location: t('frontdesk.error.chooseLocation') };
    const props = { service, persons, locations, selfservice, errors };
    await reply.page(() => <LocationStep {...props} />, 400);
    return undefined;
  }

  const timeStep = async (
    reply: FastifyReply,
    choice: { service: DeskService; persons: number; location: DeskLocation; from?: string },
    errors?: Record<string, string>,
    status = 200,
  ) => {
    const slots = await booking.freeSlots(choice.service.code, choice.location.code, choice.persons);
    const page = pageOfDays(slots, choice.from);
    return reply.page(() => <TimeStep {...choice} {...page} errors={errors} />, status);
  };

  app.get(frontdeskPaths.bookService, book, async (request, reply) => {
    const query = BookingQuery.parse(request.query ?? {});
    const services = await catalogue.services();
    return reply.page(() => <ServiceStep services={services} service={query.service} persons={query.persons} />);
  });

  app.get(frontdeskPaths.bookLocation, book, async (request, reply) => {
    const chosen = await chosenService(BookingQuery.parse(request.query ?? {}), reply);
    if (!chosen) return reply;
    const locations = await catalogue.locationsFor(chosen.service.code);
    const selfservice = await catalogue.selfservice(chosen.service);
    return reply.page(() => <LocationStep {...chosen} locations={locations} selfservice={selfservice} />);
  });

  app.get(frontdeskPaths.bookTime, book, async (request, reply) => {
    const query = BookingQuery.parse(request.query ?? {});
    const chosen = await chosenService(query, reply);
    const location = chosen && (await chosenLocation(query, reply, chosen.service, chosen.persons));
    if (!chosen || !location) return reply;
    return timeStep(reply, { ...chosen, location, from: query.from });
  });

  async function confirmChoice(query: BookingQuery, reply: FastifyReply) {
    const chosen = await chosenService(query, reply);
    const location = chosen && (await chosenLocation(query, reply, chosen.service, chosen.persons));
    if (!chosen || !location) return undefined;
    const startsAt = slotInstant(query.slot);
    if (startsAt) return { ...chosen, location, startsAt };
    await timeStep(reply, { ...chosen, location }, { slot: t('frontdesk.error.chooseSlot') }, 400);
    return undefined;
  }

  /** The time chosen: held for the citizen, then the confirm page (or the time step again with the reason). */
  app.post(frontdeskPaths.bookHold, book, async (request, reply) => {
    const choice = await confirmChoice(BookingQuery.parse(request.body ?? {}), reply);
    if (!choice) return reply;
    const principal: Principal = request.principal!;
    const outcome = await attemptForm(
      () =>
        booking.hold(principal, {
          serviceCode: choice.service.code,
          locationCode: choice.location.code,
          persons: choice.persons,
          startsAt: choice.startsAt,
        }),
      { statuses: [400, 409], field: 'slot' },
    );
    if (outcome.ok) return reply.redirect(`${frontdeskPaths.bookConfirm}?hold=${outcome.value.id}`, 303);
    return timeStep(reply, choice, outcome.errors as Record<string, string>, outcome.problem.statusCode);
  });

  /** The held time as it will be booked; a hold let go of (or someone else's) is a 409 page saying so. */
  const heldChoice = async (query: BookingQuery, principal: Principal) => {
    const hold = await booking.ownHold(principal, query.hold);
    const service = await catalogue.service(hold.serviceCode);
    const location = await catalogue.location(hold.locationCode);
    return { hold, service, location };
  };

  app.get(frontdeskPaths.bookConfirm, book, async (request, reply) => {
    const held = await heldChoice(BookingQuery.parse(request.query ?? {}), request.principal!);
    return reply.page(() => <ConfirmStep {...held} />);
  });

  app.post(frontdeskPaths.bookConfirm, book, async (request, reply) => {
    const principal: Principal = request.principal!;
    const { hold, service, location } = await heldChoice(BookingQuery.parse(request.body ?? {}), principal);
    const outcome = await attemptForm(() => booking.confirm(principal, hold.id), {
      statuses: [400, 409],
      field: 'slot',
    });
    if (outcome.ok) return reply.redirect(`${frontdeskPaths.appointment(outcome.value.id)}?notice=booked`, 303);
    const choice = { service, location, persons: hold.persons };
    return timeStep(reply, choice, outcome.errors as Record<string, string>, outcome.problem.statusCode);
  });
}
