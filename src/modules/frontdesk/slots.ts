import { addDays, copenhagenDay, copenhagenInstant, isoWeekday, minutesOf } from './copenhagen-clock.ts';

/**
 * Free slots, as a pure calculation: the weekday windows a service is offered at a location, on the days the
 * municipality is open, inside the booking window, minus the counters already taken. Slots start every
 * `stepMinutes` from a window's start and must end inside it.
 */

export interface ServiceRules {
  firstMinutes: number;
  extraMinutes: number;
  maxPersons: number;
  noticeHours: number;
  daysAhead: number;
}
export interface AvailabilityWindow {
  weekday: number;
  starts: string;
  ends: string;
  validFrom: string;
  validTo: string | null;
}
export interface TakenInterval {
  startsAt: Date;
  endsAt: Date;
}
export interface SlotQuery {
  service: ServiceRules;
  persons: number;
  windows: readonly AvailabilityWindow[];
  counters: number;
  taken: readonly TakenInterval[];
  now: Date;
  isWorkingDay: (day: string) => boolean;
  stepMinutes?: number;
}
export interface Slot {
  day: string;
  startsAt: Date;
  endsAt: Date;
}

/** How long the visit takes: 1 person `firstMinutes`, each further person `extraMinutes` more. */
export const visitMinutes = (service: ServiceRules, persons: number): number =>
  service.firstMinutes + (persons - 1) * service.extraMinutes;

/** The first and last day a citizen may book today (minimum notice, how far ahead). */
export function bookingWindow(service: ServiceRules, now: Date): { earliest: Date; lastDay: string } {
  const earliest = new Date(now.getTime() + service.noticeHours * 3_600_000);
  return { earliest, lastDay: addDays(copenhagenDay(now), service.daysAhead) };
}

const overlaps = (slot: TakenInterval, other: TakenInterval) =>
  slot.startsAt < other.endsAt && other.startsAt < slot.endsAt;

/**
 * Whether a slot still has a counter: fewer bookings overlap it than there are counters. Counting every overlap
 * (not the peak at one moment) may hide a slot that would just fit, but never gives one counter twice.
 */
export const hasCounter = (slot: TakenInterval, taken: readonly TakenInterval[], counters: number): boolean =>
  taken.filter((other) => overlaps(slot, other)).length < counters;

function slotsOfDay(query: SlotQuery, day: string, minutes: number, earliest: Date): Slot[] {
  const step = query.stepMinutes ?? 15;
  const weekday = isoWeekday(day);
  const slots: Slot[] = [];
  for (const window of query.windows) {
    if (window.weekday !== weekday || day < window.validFrom || (window.validTo && day > window.validTo)) continue;
    for (let start = minutesOf(window.starts); start + minutes <= minutesOf(window.ends); start += step) {
      const clock = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
      const startsAt = copenhagenInstant(day, clock);
      const slot = { day, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
      if (startsAt >= earliest && hasCounter(slot, query.taken, query.counters)) slots.push(slot);
    }
  }
  return slots.sort((left, right) => left.startsAt.getTime() - right.startsAt.getTime());
}

/** Every free slot for the number of persons, day by day, from today to the end of the booking window. */
export function freeSlots(query: SlotQuery): Slot[] {
  const minutes = visitMinutes(query.service, query.persons);
  const { earliest, lastDay } = bookingWindow(query.service, query.now);
  const slots: Slot[] = [];
  for (let day = copenhagenDay(query.now); day <= lastDay; day = addDays(day, 1))
    if (query.isWorkingDay(day)) slots.push(...slotsOfDay(query, day, minutes, earliest));
  return slots;
}
