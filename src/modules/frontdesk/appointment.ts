import type { AppointmentRow } from './repository/appointment.repository.ts';
import type { AppointmentStatus } from './repository/frontdesk.tables.ts';

/** An appointment as pages see it (never the row). */
export interface Appointment {
  id: string;
  serviceCode: string;
  locationCode: string;
  personId: string;
  persons: number;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  bookedBy: 'citizen' | 'staff';
}

export const toAppointment = (row: AppointmentRow): Appointment => ({
  id: row.id,
  serviceCode: row.service_code,
  locationCode: row.location_code,
  personId: row.person_id,
  persons: row.persons,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  status: row.status,
  bookedBy: row.booked_by,
});

/** The codes and time an appointment event carries (no name, no CPR). */
export const appointmentPayload = (appointment: Appointment, purposeCode: string) => ({
  appointmentId: appointment.id,
  serviceCode: appointment.serviceCode,
  purposeCode,
  locationCode: appointment.locationCode,
  personId: appointment.personId,
  startsAt: appointment.startsAt.toISOString(),
});
