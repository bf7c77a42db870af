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

export const ChatClosed = defineEvent({
  name: 'frontdesk.chat-closed',
  version: 1,
  description:
    'A web chat conversation was closed (by staff or the visitor), with its first-response and resolution time and whether it was resolved.',
  payload: z
    .object({
      conversationId: z.uuid(),
      purposeCode: z.string().min(1),
      /** the department that answered it last (after any transfer) */
      departmentCode: z.string().min(1),
      /** the logged-in citizen or business; neither for an anonymous visitor */
      personId: z.uuid().optional(),
      businessId: z.uuid().optional(),
      startedAt: z.iso.datetime({ offset: true }),
      firstResponseAt: z.iso.datetime({ offset: true }).nullable(),
      closedAt: z.iso.datetime({ offset: true }),
      /** seconds from start to the first staff answer; null when nobody answered */
      firstResponseSeconds: z.number().int().min(0).nullable(),
      /** seconds from start to close */
      resolutionSeconds: z.number().int().min(0),
      /** whether staff responded at all (firstResponseAt set) */
      staffResponded: z.boolean(),
      resolved: z.boolean(),
      closedBy: z.enum(['staff', 'visitor']),
    })
    .strict(),
});

export const frontdeskEvents = [
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentMissed,
  AppointmentServed,
  TicketServed,
  ChatClosed,
] as const;
