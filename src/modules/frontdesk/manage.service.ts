import { HttpProblem } from '#platform/http/problem.ts';
import type { Appointment } from './appointment.ts';
import type { BookingService } from './booking.service.ts';
import { checkManageToken, manageToken } from './manage-link.ts';
import type { Slot } from './slots.ts';
import { frontdeskPaths } from './views/paths.ts';

export interface ManageLinks {
  /** signs the links (the session secret) */
  secret: string;
  /** where the links point (PUBLIC_URL) */
  publicUrl: string;
}

/** The signed link to see, move or cancel one appointment, as the receipt prints it; it expires when the visit starts. */
export const manageUrl = (links: ManageLinks, appointment: Pick<Appointment, 'id' | 'startsAt'>): string =>
  `${links.publicUrl}${frontdeskPaths.manage(manageToken(links.secret, appointment.id, appointment.startsAt))}`;

/**
 * Change and cancel through the receipt's signed link, without logging in: the link is the key to that one
 * appointment. A tampered link is refused (400) and an expired one is gone (410), changing nothing.
 */
export class ManageService {
  constructor(
    private readonly booking: BookingService,
    private readonly links: ManageLinks,
  ) {}

  /** The appointment the link is for. */
  async appointment(token: string, now = new Date()): Promise<Appointment> {
    const check = checkManageToken(this.links.secret, token, now);
    if (!check.ok)
      throw check.reason === 'expired'
        ? new HttpProblem(410, 'frontdesk.error.linkExpired')
        : new HttpProblem(400, 'frontdesk.error.linkInvalid');
    const appointment = await this.booking.byId(check.appointmentId);
    if (!appointment) throw new HttpProblem(400, 'frontdesk.error.linkInvalid');
    return appointment;
  }

  async cancel(token: string, now = new Date()): Promise<Appointment> {
    return this.booking.cancelBooked(await this.appointment(token, now), 'citizen', now);
  }

  async move(token: string, startsAt: Date, now = new Date()): Promise<Appointment> {
    return this.booking.move(await this.appointment(token, now), startsAt, now);
  }

  async slots(token: string, now = new Date()): Promise<{ appointment: Appointment; slots: Slot[] }> {
    const appointment = await this.appointment(token, now);
    return { appointment, slots: await this.booking.slotsToMoveTo(appointment, now) };
  }

  /** A fresh link for an appointment (a moved one expires at its new time). */
  link(appointment: Pick<Appointment, 'id' | 'startsAt'>): string {
    return manageUrl(this.links, appointment);
  }
}
