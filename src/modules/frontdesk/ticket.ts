import type { TicketRow } from './repository/ticket.repository.ts';

/** A walk-in ticket as pages see it. */
export interface Ticket {
  id: string;
  locationCode: string;
  serviceCode: string;
  number: number;
  status: 'waiting' | 'called' | 'served';
  counter: number | null;
  takenAt: Date;
  calledAt: Date | null;
  servedAt: Date | null;
}

export const toTicket = (row: TicketRow): Ticket => ({
  id: row.id,
  locationCode: row.location_code,
  serviceCode: row.service_code,
  number: row.number,
  status: row.status,
  counter: row.counter,
  takenAt: row.taken_at,
  calledAt: row.called_at,
  servedAt: row.served_at,
});

/** The waiting time from taking the ticket to being called, in whole seconds. */
export const waitingSeconds = (ticket: Pick<Ticket, 'takenAt' | 'calledAt'>): number =>
  ticket.calledAt ? Math.max(0, Math.round((ticket.calledAt.getTime() - ticket.takenAt.getTime()) / 1000)) : 0;

/**
 * The expected wait for a new ticket: the people waiting times the average service time of today's served tickets
 * (10 minutes before any was served), shared by the open counters. Whole minutes.
 */
export function expectedWaitMinutes(tickets: readonly Ticket[], counters: number): number {
  const waiting = tickets.filter((ticket) => ticket.status === 'waiting').length;
  const served = tickets.filter((ticket) => ticket.servedAt && ticket.calledAt);
  const average = served.length
    ? served.reduce((sum, ticket) => sum + (ticket.servedAt!.getTime() - ticket.calledAt!.getTime()), 0) /
      served.length /
      60_000
    : 10;
  return Math.round((waiting * average) / Math.max(1, counters));
}
