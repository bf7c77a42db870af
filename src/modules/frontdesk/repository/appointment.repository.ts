import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { AppointmentStatus, AppointmentTable } from './frontdesk.tables.ts';
import { tables } from './catalogue.repository.ts';

type Stored = 'id' | 'created_at' | 'changed_at' | 'cancelled_at' | 'cancelled_by' | 'freed_at';
export type AppointmentRow = Omit<AppointmentTable, Stored> & {
  id: string;
  created_at: Date;
  changed_at: Date;
  cancelled_at: Date | null;
  cancelled_by: 'citizen' | 'staff' | null;
  freed_at: Date | null;
};

/** Statuses that hold a counter: a cancelled or missed visit frees it. */
const holding: AppointmentStatus[] = ['booked', 'arrived', 'served'];

export const insertAppointment = (executor: Executor, row: Omit<AppointmentTable, Stored>): Promise<AppointmentRow> =>
  tables(executor).insertInto('frontdesk_appointments').values(row).returningAll().executeTakeFirstOrThrow();

export const findAppointment = (executor: Executor, id: string): Promise<AppointmentRow | undefined> =>
  tables(executor).selectFrom('frontdesk_appointments').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * The appointments holding a counter at a location between two instants: booked, arrived or served, and a
 * cancelled one still in its quarantine at `now`.
 */
export const takenBetween = (
  executor: Executor,
  locationCode: string,
  from: Date,
  to: Date,
  now: Date,
  but = '00000000-0000-0000-0000-000000000000',
) =>
  tables(executor)
    .selectFrom('frontdesk_appointments')
    .select(['starts_at', 'ends_at'])
    .where('location_code', '=', locationCode)
    .where((row) =>
      row.or([row('status', 'in', holding), row.and([row('status', '=', 'cancelled'), row('freed_at', '>', now)])]),
    )
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .where('id', '!=', but)
    .execute();

/** Moves a booked appointment to another time; undefined when it is no longer booked. */
export const moveAppointment = (executor: Executor, id: string, startsAt: Date, endsAt: Date) =>
  tables(executor)
    .updateTable('frontdesk_appointments')
    .set({ starts_at: startsAt, ends_at: endsAt, changed_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst() as Promise<AppointmentRow | undefined>;

/** Cancels a booked appointment; the counter stays held until `freedAt` (the quarantine). */
export const cancelAppointment = (
  executor: Executor,
  id: string,
  change: { by: 'citizen' | 'staff'; at: Date; freedAt: Date },
) =>
  tables(executor)
    .updateTable('frontdesk_appointments')
    .set({ status: 'cancelled', cancelled_by: change.by, cancelled_at: change.at, freed_at: change.freedAt })
    .set({ changed_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst() as Promise<AppointmentRow | undefined>;

export const appointmentsOfPerson = (executor: Executor, personId: string): Promise<AppointmentRow[]> =>
  tables(executor)
    .selectFrom('frontdesk_appointments')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('starts_at', 'desc')
    .limit(50)
    .execute();

export const appointmentsAt = (executor: Executor, locationCode: string, from: Date, to: Date) =>
  tables(executor)
    .selectFrom('frontdesk_appointments')
    .selectAll()
    .where('location_code', '=', locationCode)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .where('status', '!=', 'cancelled')
    .orderBy('starts_at')
    .execute() as Promise<AppointmentRow[]>;

export const openBookingOf = (executor: Executor, personId: string, serviceCode: string) =>
  tables(executor)
    .selectFrom('frontdesk_appointments')
    .select('id')
    .where('person_id', '=', personId)
    .where('service_code', '=', serviceCode)
    .where('status', '=', 'booked')
    .executeTakeFirst();

/** Moves an appointment from one status to another; undefined when it was not in `from` (someone was first). */
export const changeStatus = (executor: Executor, id: string, from: AppointmentStatus[], to: AppointmentStatus) =>
  tables(executor)
    .updateTable('frontdesk_appointments')
    .set({ status: to, changed_at: sql`now()` })
    .where('id', '=', id)
    .where('status', 'in', from)
    .returningAll()
    .executeTakeFirst() as Promise<AppointmentRow | undefined>;
