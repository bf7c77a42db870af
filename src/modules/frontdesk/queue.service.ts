import type { Principal } from '#platform/auth/principal.ts';
import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { badRequest, notFound } from '#platform/http/problem.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { copenhagenClock, copenhagenDay, isoWeekday } from './copenhagen-clock.ts';
import { TicketServed } from './frontdesk.events.ts';
import { deskOf } from './frontdesk.policy.ts';
import { lockLocation, locationsOffering } from './repository/catalogue.repository.ts';
import { calledAt, insertTicket, nextNumber, ticketsOfDay, updateTicket } from './repository/ticket.repository.ts';
import { expectedWaitMinutes, type Ticket, toTicket, waitingSeconds } from './ticket.ts';

/** The walk-in queue: a ticket at the kiosk or the desk, called to a counter, served; its waiting time kept. */
export class QueueService {
  constructor(
    private readonly db: Database,
    private readonly events: EventBus,
    private readonly catalogue: CatalogueService,
    private readonly isWorkingDay: (day: string) => boolean,
  ) {}

  /** Whether the location is open at an instant: a working day and inside one of its opening hours. */
  async isOpen(locationCode: string, at: Date): Promise<boolean> {
    const day = copenhagenDay(at);
    if (!this.isWorkingDay(day)) return false;
    const clock = copenhagenClock(at);
    const hours = await this.catalogue.openingHours(locationCode);
    return hours.some((slot) => slot.weekday === isoWeekday(day) && slot.opens <= clock && clock < slot.closes);
  }

  /** Takes the next number for a service at an open location (anyone at the kiosk, or staff for a caller). */
  async takeTicket(locationCode: string, serviceCode: string, now = new Date()): Promise<Ticket> {
    const location = await this.catalogue.location(locationCode);
    if (!(await locationsOffering(this.db, serviceCode)).includes(location.code))
      throw badRequest('frontdesk.error.notOfferedHere', {}, [
        { field: 'service', message: 'frontdesk.error.notOfferedHere' },
      ]);
    if (!(await this.isOpen(location.code, now))) throw badRequest('frontdesk.error.closed');
    const day = copenhagenDay(now);
    return this.db.transaction().execute(async (trx) => {
      await lockLocation(trx, location.code);
      const number = await nextNumber(trx, location.code, day);
      const row = await insertTicket(trx, {
        location_code: location.code,
        service_code: serviceCode,
        day,
        number,
        status: 'waiting',
        taken_at: now,
        counter: null,
        called_at: null,
        served_at: null,
      });
      return toTicket(row);
    });
  }

  /** The day's tickets and the expected wait, for the kiosk, the display and the counter page. */
  async board(locationCode: string, now = new Date()) {
    const location = await this.catalogue.location(locationCode);
    const tickets = (await ticketsOfDay(this.db, location.code, copenhagenDay(now))).map(toTicket);
    return { location, tickets, expectedWait: expectedWaitMinutes(tickets, location.counters) };
  }

  private async deskLocation(actor: Principal, code: string) {
    const location = await this.catalogue.location(code).catch(() => undefined);
    if (!location || !deskOf(actor, location.departmentId)) throw notFound('frontdesk.error.unknownLocation');
    return location;
  }

  /**
   * Calls the next waiting ticket to a counter; a ticket still at the counter is served first (the clerk is done
   * with it). Undefined when nobody waits.
   */
  async callNext(
    actor: Principal,
    locationCode: string,
    counter: number,
    now = new Date(),
  ): Promise<Ticket | undefined> {
    const location = await this.deskLocation(actor, locationCode);
    if (!Number.isInteger(counter) || counter < 1 || counter > location.counters)
      throw badRequest('frontdesk.error.counter', { max: location.counters }, [
        { field: 'counter', message: 'frontdesk.error.counter' },
      ]);
    await this.finish(actor, location.code, counter, now);
    const day = copenhagenDay(now);
    return this.db.transaction().execute(async (trx) => {
      await lockLocation(trx, location.code);
      const next = (await ticketsOfDay(trx, location.code, day)).find((ticket) => ticket.status === 'waiting');
      if (!next) return undefined;
      return toTicket(await updateTicket(trx, next.id, { status: 'called', counter, called_at: now }));
    });
  }

  /** Marks the ticket at a counter served and tells channels its waiting time. */
  async finish(actor: Principal, locationCode: string, counter: number, now = new Date()): Promise<Ticket | undefined> {
    const location = await this.deskLocation(actor, locationCode);
    // read before the transaction: the embedded database has one connection, which the transaction holds
    const services = await this.catalogue.services();
    return this.db.transaction().execute(async (trx) => {
      const current = await calledAt(trx, location.code, copenhagenDay(now), counter);
      if (!current) return undefined;
      const served = toTicket(await updateTicket(trx, current.id, { status: 'served', served_at: now }));
      await this.events.publish(trx, TicketServed, {
        ticketId: served.id,
        serviceCode: served.serviceCode,
        purposeCode: services.find((service) => service.code === served.serviceCode)?.purposeCode ?? served.serviceCode,
        locationCode: served.locationCode,
        counter,
        takenAt: served.takenAt.toISOString(),
        calledAt: served.calledAt!.toISOString(),
        servedAt: now.toISOString(),
        waitingSeconds: waitingSeconds(served),
      });
      return served;
    });
  }
}
