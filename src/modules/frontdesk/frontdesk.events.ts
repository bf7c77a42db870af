import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';

/**
 * What the front desk tells other modules (channels registers the contacts from them). Ids, codes and times:
 * never a CPR number or a name.
 */

const appointment = {
  appointmentId: z.uuid(),
  serviceCode: z.string().min(1),
  /** the inquiry purpose the service is bound to */
  purposeCode: z.string().min(1),
  locationCode: z.string().min(1),
  personId: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
};

export const AppointmentBooked = defineEvent({
  name: 'frontdesk.appointment-booked',
  version: 1,
  description: 'A citizen booked an appointment at a desk (on the web, or staff booked it for a caller).',
  payload: z
    .object({ ...appointment, bookedBy: z.enum(['citizen', 'staff']), persons: z.number().int().min(1) })
    .strict(),
});

export const AppointmentCancelled = defineEvent({
  name: 'frontdesk.appointment-cancelled',
  version: 1,
  description: 'An appointment was cancelled by the citizen or by the municipality.',
  payload: z
    .object({
      ...appointment,
      cancelledBy: z.enum(['citizen', 'staff']),
      cancelledAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const AppointmentMissed = defineEvent({
  name: 'frontdesk.appointment-missed',
  version: 1,
  description: 'The citizen did not come to an appointment (marked no-show at the desk).',
  payload: z.object({ ...appointment, markedAt: z.iso.datetime({ offset: true }) }).strict(),
});

export const AppointmentServed = defineEvent({
  name: 'frontdesk.appointment-served',
  version: 1,
  description: 'An appointment was served at the desk.',
  payload: z.object({ ...appointment, servedAt: z.iso.datetime({ offset: true }) }).strict(),
});

export const TicketServed = defineEvent({
  name: 'frontdesk.ticket-served',
  version: 1,
  description: 'A walk-in ticket was served at a counter, with its waiting and service time.',
  payload: z
    .object({
      ticketId: z.uuid(),
      serviceCode: z.string().min(1),
      purposeCode: z.string().min(1),
      locationCode: z.string().min(1),
      counter: z.number().int().min(1),
      takenAt: z.iso.datetime({ offset: true }),
      calledAt: z.iso.datetime({ offset: true }),
      servedAt: z.iso.datetime({ offset: true }),
      waitingSeconds: z.number().int().min(0),
    })
    .strict(),
});

export const frontdeskEvents = [
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentMissed,
  AppointmentServed,
  TicketServed,
] as const;
