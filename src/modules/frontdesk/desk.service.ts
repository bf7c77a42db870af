import { recordAuditMany } from '#platform/audit/audit.service.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { conflict, notFound } from '#platform/http/problem.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { type Appointment, appointmentPayload, toAppointment } from './appointment.ts';
import type { CatalogueService } from './catalogue.service.ts';
import type { DeskLocation } from './catalogue.ts';
import { addDays, copenhagenInstant } from './copenhagen-clock.ts';
import { AppointmentMissed, AppointmentServed } from './frontdesk.events.ts';
import { deskOf } from './frontdesk.policy.ts';
import { appointmentsAt, changeStatus, findAppointment } from './repository/appointment.repository.ts';
import type { AppointmentStatus } from './repository/frontdesk.tables.ts';

export type DeskMark = 'arrived' | 'served' | 'no-show';
/** From which statuses each mark may be set: a served visit is not missed afterwards. */
const markableFrom: Record<DeskMark, AppointmentStatus[]> = {
  arrived: ['booked'],
  served: ['booked', 'arrived'],
  'no-show': ['booked'],
};

export interface PlannedVisit extends Appointment {
  citizenName: string;
}

/** The desk's day plan and what staff mark on it: arrived, served, no-show. */
export class DeskService {
  constructor(
    private readonly db: Database,
    private readonly events: EventBus,
    private readonly catalogue: CatalogueService,
    private readonly identity: Pick<IdentityContract, 'getPerson'>,
  ) {}

  /** The locations whose desk the staff member works (their department's). */
  async myLocations(actor: Principal): Promise<DeskLocation[]> {
    return (await this.catalogue.locations()).filter((location) => deskOf(actor, location.departmentId));
  }

  private async deskLocation(actor: Principal, code: string): Promise<DeskLocation> {
    const location = (await this.myLocations(actor)).find((candidate) => candidate.code === code);
    if (!location) throw notFound('frontdesk.error.unknownLocation');
    return location;
  }

  /** The day's appointments at a location with the citizens' names; reading the names is audited. */
  async dayPlan(actor: Principal, locationCode: string, day: string): Promise<PlannedVisit[]> {
    const location = await this.deskLocation(actor, locationCode);
    const from = copenhagenInstant(day, '00:00');
    const to = copenhagenInstant(addDays(day, 1), '00:00');
    return this.db.transaction().execute(async (trx) => {
      const rows = (await appointmentsAt(trx, location.code, from, to)).map(toAppointment);
      await recordAuditMany(
        trx,
        rows.map((row) => ({
          actor,
          action: 'frontdesk:day-plan',
          personId: row.personId,
          objectType: 'appointment',
          objectId: row.id,
          purpose: `day plan ${location.code} ${day}`,
        })),
      );
      const visits: PlannedVisit[] = [];
      for (const row of rows)
        visits.push({ ...row, citizenName: (await this.identity.getPerson(row.personId, trx))?.name ?? '' });
      return visits;
    });
  }

  /** Marks an appointment of the staff member's desk; another desk's is "not found", as an unknown id. */
  async mark(actor: Principal, id: string, mark: DeskMark, now = new Date()): Promise<Appointment> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await findAppointment(this.db, id) : undefined;
    if (!row) throw notFound();
    const location = await this.catalogue.location(row.location_code);
    if (!deskOf(actor, location.departmentId)) throw notFound();
    const service = await this.catalogue.service(row.service_code);
    return this.db.transaction().execute(async (trx) => {
      const changed = await changeStatus(trx, id, markableFrom[mark], mark);
      if (!changed) throw conflict('frontdesk.error.notMarkable');
      const appointment = toAppointment(changed);
      const payload = appointmentPayload(appointment, service.purposeCode);
      if (mark === 'no-show')
        await this.events.publish(trx, AppointmentMissed, { ...payload, markedAt: now.toISOString() });
      if (mark === 'served')
        await this.events.publish(trx, AppointmentServed, { ...payload, servedAt: now.toISOString() });
      return appointment;
    });
  }
}
