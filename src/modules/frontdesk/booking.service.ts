import type { Principal } from '#platform/auth/principal.ts';
import type { Database, DatabaseTransaction, Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { badRequest, conflict, HttpProblem, notFound } from '#platform/http/problem.ts';
import { type Appointment, appointmentPayload, toAppointment } from './appointment.ts';
import type { CatalogueService } from './catalogue.service.ts';
import type { DeskLocation, DeskService } from './catalogue.ts';
import { addDays, copenhagenDay, copenhagenInstant } from './copenhagen-clock.ts';
import { AppointmentBooked, AppointmentCancelled } from './frontdesk.events.ts';
import { mayReachAppointment } from './frontdesk.policy.ts';
import {
  appointmentsOfPerson,
  changeStatus,
  findAppointment,
  insertAppointment,
  openBookingOf,
  takenBetween,
} from './repository/appointment.repository.ts';
import { lockLocation } from './repository/catalogue.repository.ts';
import { bookingWindow, freeSlots, type Slot, visitMinutes } from './slots.ts';

export interface BookingRequest {
  serviceCode: string;
  locationCode: string;
  persons: number;
  startsAt: Date;
}

export interface BookingDependencies {
  db: Database;
  events: EventBus;
  catalogue: CatalogueService;
  isWorkingDay: (day: string) => boolean;
  /** the receipt, in the booking's transaction (digital post for a logged-in citizen) */
  sendReceipt: (trx: DatabaseTransaction, actor: Principal, appointment: Appointment) => Promise<void>;
}

/** Free slots, booking and cancelling: one open booking per person and service, never two on one last counter. */
export class BookingService {
  constructor(private readonly deps: BookingDependencies) {}

  /** Every free slot for the service at the location for this many persons, within the booking window. */
  async freeSlots(serviceCode: string, locationCode: string, persons: number, now = new Date()): Promise<Slot[]> {
    const { catalogue, db } = this.deps;
    const service = await catalogue.service(serviceCode);
    const location = await catalogue.location(locationCode);
    this.checkPersons(service, persons);
    return this.slotsFor(db, service, location, persons, now);
  }

  private async slotsFor(
    executor: Executor,
    service: DeskService,
    location: DeskLocation,
    persons: number,
    now: Date,
  ): Promise<Slot[]> {
    const windows = await this.deps.catalogue.windows(service.code, location.code, executor);
    const lastDay = bookingWindow(service, now).lastDay;
    const to = copenhagenInstant(addDays(lastDay, 1), '00:00');
    const taken = (await takenBetween(executor, location.code, now, to)).map((row) => ({
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    }));
    const { isWorkingDay } = this.deps;
    return freeSlots({ service, persons, windows, counters: location.counters, taken, now, isWorkingDay });
  }

  private checkPersons(service: DeskService, persons: number): void {
    if (!Number.isInteger(persons) || persons < 1 || persons > service.maxPersons)
      throw badRequest('frontdesk.error.persons', { max: service.maxPersons }, [
        { field: 'persons', message: 'frontdesk.error.persons' },
      ]);
  }

  /**
   * Books the slot for the citizen. The location's row is locked first, so of two citizens after the same last
   * counter the second sees it taken; the partial unique index keeps the one-open-booking rule on every path.
   */
  async book(actor: Principal, request: BookingRequest, now = new Date()): Promise<Appointment> {
    if (actor.kind !== 'citizen') throw new HttpProblem(403, 'error.403.text');
    const { catalogue, db } = this.deps;
    const service = await catalogue.service(request.serviceCode);
    this.checkPersons(service, request.persons);
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await lockLocation(trx, request.locationCode);
        if (!row) throw notFound('frontdesk.error.unknownLocation');
        const location = await catalogue.location(row.code, trx);
        if (await openBookingOf(trx, actor.id, service.code)) throw conflict('frontdesk.error.alreadyBooked');
        await this.checkSlot(trx, service, location, request, now);
        const minutes = visitMinutes(service, request.persons);
        const appointment = toAppointment(
          await insertAppointment(trx, {
            service_code: service.code,
            location_code: location.code,
            person_id: actor.id,
            persons: request.persons,
            starts_at: request.startsAt,
            ends_at: new Date(request.startsAt.getTime() + minutes * 60_000),
            status: 'booked',
            booked_by: 'citizen',
          }),
        );
        await this.deps.events.publish(trx, AppointmentBooked, {
          ...appointmentPayload(appointment, service.purposeCode),
          bookedBy: 'citizen',
          persons: appointment.persons,
        });
        await this.deps.sendReceipt(trx, actor, appointment);
        return appointment;
      });
    } catch (error) {
      // the partial unique index: a second open booking of the same service that raced past the check above
      if ((error as { code?: string }).code === '23505') throw conflict('frontdesk.error.alreadyBooked');
      throw error;
    }
  }

  /** Why a requested time cannot be booked: outside the window, not offered then, or taken by now. */
  private async checkSlot(
    trx: DatabaseTransaction,
    service: DeskService,
    location: DeskLocation,
    request: BookingRequest,
    now: Date,
  ): Promise<void> {
    const { earliest, lastDay } = bookingWindow(service, now);
    if (request.startsAt < earliest || copenhagenDay(request.startsAt) > lastDay)
      throw badRequest('frontdesk.error.outsideWindow', { hours: service.noticeHours, days: service.daysAhead });
    const free = await this.slotsFor(trx, service, location, request.persons, now);
    if (free.some((slot) => slot.startsAt.getTime() === request.startsAt.getTime())) return;
    const offered = await this.slotsFor(
      trx,
      service,
      { ...location, counters: Number.MAX_SAFE_INTEGER },
      request.persons,
      now,
    );
    if (offered.some((slot) => slot.startsAt.getTime() === request.startsAt.getTime()))
      throw conflict('frontdesk.error.slotTaken');
    throw badRequest('frontdesk.error.notOffered');
  }

  /** The citizen's own appointments, newest first. */
  async mine(actor: Principal): Promise<Appointment[]> {
    if (actor.kind !== 'citizen') return [];
    return (await appointmentsOfPerson(this.deps.db, actor.id)).map(toAppointment);
  }

  /** One of the citizen's own appointments; anyone else's is "not found", as an unknown id. */
  async own(actor: Principal, id: string): Promise<Appointment> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await findAppointment(this.deps.db, id) : undefined;
    const reachable = row && mayReachAppointment(actor, { personId: row.person_id, locationDepartmentId: null });
    if (!row || actor.kind !== 'citizen' || !reachable) throw notFound();
    return toAppointment(row);
  }

  /** Cancels the citizen's own booked appointment before it starts; the counter is free again at once. */
  async cancel(actor: Principal, id: string, now = new Date()): Promise<Appointment> {
    const appointment = await this.own(actor, id);
    if (appointment.status !== 'booked' || appointment.startsAt <= now)
      throw conflict('frontdesk.error.notCancellable');
    const service = await this.deps.catalogue.service(appointment.serviceCode);
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await changeStatus(trx, id, ['booked'], 'cancelled');
      if (!row) throw conflict('frontdesk.error.notCancellable');
      const cancelled = toAppointment(row);
      await this.deps.events.publish(trx, AppointmentCancelled, {
        ...appointmentPayload(cancelled, service.purposeCode),
        cancelledBy: 'citizen',
        cancelledAt: now.toISOString(),
      });
      return cancelled;
    });
  }
}
