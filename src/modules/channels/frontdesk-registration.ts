import type { EventMetadata } from '#platform/events/event.ts';
import type {
  ChatClosed,
  AppointmentBooked,
  AppointmentMissed,
  AppointmentServed,
  TicketServed,
} from '#modules/frontdesk/frontdesk.events.ts';
import { base, type Payload } from './event-registration.ts';
import type { EventContact } from './inquiry.types.ts';

/**
 * Pure: the front desk's events as contacts, each purpose by the code the desk's service is bound to. Only the
 * events file is imported (a type), so channels needs no `require` of frontdesk, which already requires channels.
 */
type Appointment = { appointmentId: string; personId: string };

const appointmentContact = (event: EventMetadata, payload: Appointment) => ({
  ...base(event),
  direction: 'inbound' as const,
  party: { kind: 'person' as const, id: payload.personId },
  object: { kind: 'appointment' as const, id: payload.appointmentId },
});

/** A booking on the web is a self-service transaction; one staff made for a caller is a phone contact. */
export function bookedContact(event: EventMetadata, payload: Payload<typeof AppointmentBooked>): EventContact {
  return {
    input: {
      ...appointmentContact(event, payload),
      channel: payload.bookedBy === 'citizen' ? 'selfservice' : 'phone',
      outcome: 'booked',
      occurredAt: event.occurredAt,
    },
    purposeOf: { purposeCode: payload.purposeCode },
  };
}

/** The visit itself: a contact in personal attendance. */
export function servedContact(event: EventMetadata, payload: Payload<typeof AppointmentServed>): EventContact {
  return {
    input: {
      ...appointmentContact(event, payload),
      channel: 'attendance',
      outcome: 'served',
      occurredAt: new Date(payload.servedAt),
    },
    purposeOf: { purposeCode: payload.purposeCode },
  };
}

/** A no-show is registered (the booking's outcome), but it is no contact: the figures leave it out. */
export function missedContact(event: EventMetadata, payload: Payload<typeof AppointmentMissed>): EventContact {
  return {
    input: {
      ...appointmentContact(event, payload),
      channel: 'attendance',
      outcome: 'missed',
      occurredAt: new Date(payload.markedAt),
    },
    purposeOf: { purposeCode: payload.purposeCode },
  };
}

/** A walk-in served at a counter: an anonymous attendance contact (a ticket carries no person). */
export function ticketContact(event: EventMetadata, payload: Payload<typeof TicketServed>): EventContact {
  return {
    input: {
      ...base(event),
      channel: 'attendance',
      direction: 'inbound',
      outcome: 'served',
      occurredAt: new Date(payload.servedAt),
      party: { kind: 'anonymous' },
      object: { kind: 'ticket', id: payload.ticketId },
    },
    purposeOf: { purposeCode: payload.purposeCode },
  };
}

/**
 * A web chat conversation when it closes: a contact in the web chat channel, resolved or not (referred when staff
 * could not resolve it, abandoned when the visitor left before anyone answered).
 */
export function chatContact(event: EventMetadata, payload: Payload<typeof ChatClosed>): EventContact {
  const party = payload.personId
    ? { kind: 'person' as const, id: payload.personId }
    : payload.businessId
      ? { kind: 'business' as const, id: payload.businessId }
      : { kind: 'anonymous' as const };
  return {
    input: {
      ...base(event),
      channel: 'web-chat',
      direction: 'inbound',
      outcome: !payload.staffResponded ? 'abandoned' : payload.resolved ? 'resolved' : 'referred',
      occurredAt: new Date(payload.startedAt),
      party,
      departmentCode: payload.departmentCode,
      object: { kind: 'conversation', id: payload.conversationId },
      resolvedFirstContact: payload.staffResponded && payload.resolved,
    },
    purposeOf: { purposeCode: payload.purposeCode },
  };
}
