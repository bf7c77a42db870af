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
import { receiptSender } from './receipt.ts';
import {
  appointmentsOfPerson,
  cancelAppointment,
  findAppointment,
  moveAppointment,
  insertAppointment,
  openBookingOf,
  takenBetween,
} from './repository/appointment.repository.ts';
import { lockLocation } from './repository/catalogue.repository.ts';
import {
  deleteHold,
  dropExpiredHolds,
  findHold,
  heldBetween,
  insertHold,
  releaseHoldsOf,
} from './repository/hold.repository.ts';
import { type Hold, heldAt, holdMinutes, minutesAfter, quarantineMinutes, toHold } from './hold.ts';
import { bookingWindow, freeSlots, type Slot, visitMinutes } from './slots.ts';

export interface BookingRequest {
  serviceCode: string;
  locationCode: string;
  persons: number;
  startsAt: Date;
}

/** What a slot check leaves out: the hold being confirmed, the appointment being moved. */
interface Except {
  hold?: string;
  appointment?: string;
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
    except: Except = {},
  ): Promise<Slot[]> {
    const windows = await this.deps.catalogue.windows(service.code, location.code, executor);
    const lastDay = bookingWindow(service, now).lastDay;
    const to = copenhagenInstant(addDays(lastDay, 1), '00:00');
    // booked visits, cancelled ones still in quarantine, and other citizens' unexpired holds
    const rows = [
      ...(await takenBetween(executor, location.code, now, to, now, except.appointment)),
      ...(await heldBetween(executor, location.code, now, to, now, except.hold)),
    ];
    const taken = rows.map((row) => ({ startsAt: row.starts_at, endsAt: row.ends_at }));
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
   * Holds the chosen time for the citizen for `holdMinutes` while they confirm: to everyone else it is taken
   * until then. Choosing another time lets go of the one held before. The location's row is locked first, so of
   * two citizens after the same last counter the second sees it held.
   */
  async hold(actor: Principal, request: BookingRequest, now = new Date()): Promise<Hold> {
    if (actor.kind !== 'citizen') throw new HttpProblem(403, 'error.403.text');
    const { catalogue, db } = this.deps;
    const service = await catalogue.service(request.serviceCode);
    this.checkPersons(service, request.persons);
    return db.transaction().execute(async (trx) => {
      const location = await this.lock(trx, request.locationCode);
      await dropExpiredHolds(trx, location.code, now);
      if (await openBookingOf(trx, actor.id, service.code)) throw conflict('frontdesk.error.alreadyBooked');
      await releaseHoldsOf(trx, actor.id);
      await this.checkSlot(trx, service, location, request, now);
      const endsAt = minutesAfter(request.startsAt, visitMinutes(service, request.persons));
      return toHold(
        await insertHold(trx, {
          service_code: service.code,
          location_code: location.code,
          holder_id: actor.id,
          persons: request.persons,
          starts_at: request.startsAt,
          ends_at: endsAt,
          expires_at: minutesAfter(now, holdMinutes),
        }),
      );
    });
  }

  /** The citizen's own hold (to show it on the confirm page); anyone else's, or one let go, is gone (409). */
  async ownHold(actor: Principal, id: string): Promise<Hold> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await findHold(this.deps.db, id) : undefined;
    if (!row || row.holder_id !== actor.id) throw conflict('frontdesk.error.holdGone');
    return toHold(row);
  }

  /**
   * Books the held time. While the hold lasts the slot is the citizen's; once it has expired the time is booked
   * only if it is still free (otherwise *taken*, 409, and nothing stored).
   */
  async confirm(actor: Principal, holdId: string, now = new Date()): Promise<Appointment> {
    if (actor.kind !== 'citizen') throw new HttpProblem(403, 'error.403.text');
    const found = await this.ownHold(actor, holdId);
    const service = await this.deps.catalogue.service(found.serviceCode);
    return this.bookInTransaction(actor, found.locationCode, async (trx, location) => {
      const row = await findHold(trx, holdId);
      if (!row || row.holder_id !== actor.id) throw conflict('frontdesk.error.holdGone');
      const hold = toHold(row);
      const request = { ...hold, serviceCode: service.code };
      // an unexpired hold keeps the window it was taken in; an expired one is a new request now
      const checkedAt = hold.expiresAt > now ? heldAt(hold) : now;
      await this.checkSlot(trx, service, location, request, checkedAt, { hold: hold.id });
      await deleteHold(trx, hold.id);
      return { service, request };
    });
  }

  /** Books the slot in one step (no hold): the same checks as holding and confirming. */
  async book(actor: Principal, request: BookingRequest, now = new Date()): Promise<Appointment> {
    if (actor.kind !== 'citizen') throw new HttpProblem(403, 'error.403.text');
    const service = await this.deps.catalogue.service(request.serviceCode);
    this.checkPersons(service, request.persons);
    return this.bookInTransaction(actor, request.locationCode, async (trx, location) => {
      await this.checkSlot(trx, service, location, request, now);
      return { service, request };
    });
  }

  /** Locks the location's row: bookings and holds there take their turn. */
  private async lock(trx: DatabaseTransaction, locationCode: string): Promise<DeskLocation> {
    const row = await lockLocation(trx, locationCode);
    if (!row) throw notFound('frontdesk.error.unknownLocation');
    return this.deps.catalogue.location(row.code, trx);
  }

  /**
   * The booking's transaction: lock the location, one open booking per person and service, the caller's check of
   * the slot, then the insert, its event and the receipt. The transaction uses its own connection only, so any
   * number of citizens waiting for the lock never starve the one holding it of a pool connection.
   */
  private async bookInTransaction(
    actor: Principal,
    locationCode: string,
    check: (
      trx: DatabaseTransaction,
      location: DeskLocation,
    ) => Promise<{ service: DeskService; request: BookingRequest }>,
  ): Promise<Appointment> {
    try {
      return await this.deps.db.transaction().execute(async (trx) => {
        const location = await this.lock(trx, locationCode);
        const { service, request } = await check(trx, location);
        if (await openBookingOf(trx, actor.id, service.code)) throw conflict('frontdesk.error.alreadyBooked');
        const appointment = toAppointment(
          await insertAppointment(trx, {
            service_code: service.code,
            location_code: location.code,
            person_id: actor.id,
            persons: request.persons,
            starts_at: request.startsAt,
            ends_at: minutesAfter(request.startsAt, visitMinutes(service, request.persons)),
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
    except: Except = {},
  ): Promise<void> {
    const { earliest, lastDay } = bookingWindow(service, now);
    if (request.startsAt < earliest || copenhagenDay(request.startsAt) > lastDay)
      throw badRequest('frontdesk.error.outsideWindow', { hours: service.noticeHours, days: service.daysAhead });
    const free = await this.slotsFor(trx, service, location, request.persons, now, except);
    if (free.some((slot) => slot.startsAt.getTime() === request.startsAt.getTime())) return;
    const offered = await this.slotsFor(
      trx,
      service,
      { ...location, counters: Number.MAX_SAFE_INTEGER },
      request.persons,
      now,
      except,
    );
    if (offered.some((slot) => slot.startsAt.getTime() === request.startsAt.getTime()))
      throw conflict('frontdesk.error.slotTaken');
    throw badRequest('frontdesk.error.notOffered');
  }

  /** An appointment by id, for a caller who has checked its right to it (a signed link). */
  async byId(id: string): Promise<Appointment | undefined> {
    const row = await findAppointment(this.deps.db, id);
    return row && toAppointment(row);
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

  /** Cancels the citizen's own booked appointment before it starts; the counter is free after the quarantine. */
  async cancel(actor: Principal, id: string, now = new Date()): Promise<Appointment> {
    return this.cancelBooked(await this.own(actor, id), 'citizen', now);
  }

  /** Cancels an appointment the caller may reach (checked by the caller: owner, signed link, or the desk). */
  async cancelBooked(appointment: Appointment, by: 'citizen' | 'staff', now: Date): Promise<Appointment> {
    if (appointment.status !== 'booked' || appointment.startsAt <= now)
      throw conflict('frontdesk.error.notCancellable');
    const service = await this.deps.catalogue.service(appointment.serviceCode);
    return this.deps.db.transaction().execute(async (trx) => {
      // the counter stays held for the quarantine, then anyone may book it again
      const freedAt = minutesAfter(now, quarantineMinutes);
      const row = await cancelAppointment(trx, appointment.id, { by, at: now, freedAt });
      if (!row) throw conflict('frontdesk.error.notCancellable');
      const cancelled = toAppointment(row);
      await this.deps.events.publish(trx, AppointmentCancelled, {
        ...appointmentPayload(cancelled, service.purposeCode),
        cancelledBy: by,
        cancelledAt: now.toISOString(),
      });
      return cancelled;
    });
  }

  /**
   * Moves a booked appointment (the caller checked who may) to another free time of the same service, place and
   * persons, with the same checks as a booking; the citizen gets a new receipt. Its own old time does not count
   * against the new one.
   */
  async move(appointment: Appointment, startsAt: Date, now: Date): Promise<Appointment> {
    if (appointment.status !== 'booked' || appointment.startsAt <= now) throw conflict('frontdesk.error.notMovable');
    const service = await this.deps.catalogue.service(appointment.serviceCode);
    return this.deps.db.transaction().execute(async (trx) => {
      const location = await this.lock(trx, appointment.locationCode);
      const request = { ...appointment, startsAt };
      await this.checkSlot(trx, service, location, request, now, { appointment: appointment.id });
      const endsAt = minutesAfter(startsAt, visitMinutes(service, appointment.persons));
      const row = await moveAppointment(trx, appointment.id, startsAt, endsAt);
      if (!row) throw conflict('frontdesk.error.notMovable');
      const moved = toAppointment(row);
      await this.deps.sendReceipt(trx, receiptSender, moved);
      return moved;
    });
  }

  /** The free times an appointment could move to (its own time not counted as taken). */
  async slotsToMoveTo(appointment: Appointment, now = new Date()): Promise<Slot[]> {
    const { catalogue, db } = this.deps;
    const service = await catalogue.service(appointment.serviceCode);
    const location = await catalogue.location(appointment.locationCode);
    return this.slotsFor(db, service, location, appointment.persons, now, { appointment: appointment.id });
  }
}
