import type { Generated } from 'kysely';

export interface ServiceTable {
  code: string;
  purpose_code: string;
  name_da: string;
  name_en: string;
  first_minutes: number;
  extra_minutes: number;
  max_persons: number;
  notice_hours: number;
  days_ahead: number;
  bring_da: string;
  bring_en: string;
}
export interface LocationTable {
  code: string;
  name_da: string;
  name_en: string;
  address: string;
  department_id: string | null;
  counters: number;
}
export interface OpeningHoursTable {
  location_code: string;
  weekday: number;
  opens: string;
  closes: string;
}
export interface AvailabilityTable {
  id: Generated<string>;
  service_code: string;
  location_code: string;
  weekday: number;
  starts: string;
  ends: string;
  valid_from: string;
  valid_to: string | null;
}
export type AppointmentStatus = 'booked' | 'arrived' | 'served' | 'no-show' | 'cancelled';
export interface AppointmentTable {
  id: Generated<string>;
  service_code: string;
  location_code: string;
  person_id: string;
  persons: number;
  starts_at: Date;
  ends_at: Date;
  status: AppointmentStatus;
  booked_by: 'citizen' | 'staff';
  created_at: Generated<Date>;
  changed_at: Generated<Date>;
  cancelled_at: Generated<Date | null>;
  cancelled_by: Generated<'citizen' | 'staff' | null>;
  /** a cancelled visit holds its counter until then (the quarantine) */
  freed_at: Generated<Date | null>;
}
/** A slot held while the citizen confirms: it counts as taken until it expires. */
export interface HoldTable {
  id: Generated<string>;
  service_code: string;
  location_code: string;
  holder_id: string;
  persons: number;
  starts_at: Date;
  ends_at: Date;
  expires_at: Date;
}
export type TicketStatus = 'waiting' | 'called' | 'served';
export interface TicketTable {
  id: Generated<string>;
  location_code: string;
  service_code: string;
  day: string;
  number: number;
  status: TicketStatus;
  counter: number | null;
  taken_at: Generated<Date>;
  called_at: Date | null;
  served_at: Date | null;
}

export type FrontdeskTables = {
  frontdesk_services: ServiceTable;
  frontdesk_locations: LocationTable;
  frontdesk_opening_hours: OpeningHoursTable;
  frontdesk_availability: AvailabilityTable;
  frontdesk_appointments: AppointmentTable;
  frontdesk_tickets: TicketTable;
  frontdesk_holds: HoldTable;
};
