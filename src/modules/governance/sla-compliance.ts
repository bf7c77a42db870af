import type { Severity } from './governance-codes.ts';

export interface SlaTerms {
  /** hundredths of a per cent: 9950 is 99.50 % */
  availabilityTarget: number;
  responseMinutes: number;
}

export interface Incident {
  severity: Severity;
  startedAt: Date;
  respondedAt: Date | null;
  endedAt: Date | null;
}

export type Rating = 'green' | 'amber' | 'red';

export interface MonthCompliance {
  month: string;
  /** hundredths of a per cent */
  availability: number;
  downtimeMinutes: number;
  incidents: number;
  respondedInTime: number;
  rating: Rating;
}

const minute = 60_000;

/** Danish local time (`2026-11-03`, `08:15`) as an instant; the offset (winter +1, summer +2) comes from the zone. */
export function danishTime(day: string, time = '00:00'): Date {
  const guess = new Date(`${day}T${time}:00Z`);
  // both read back in the process's own zone, so the difference is the Copenhagen offset whatever TZ is set
  const inZone = (timeZone: string) => new Date(guess.toLocaleString('en-US', { timeZone })).getTime();
  return new Date(guess.getTime() - (inZone('Europe/Copenhagen') - inZone('UTC')));
}

/** The month's bounds in Danish time. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, number] = month.split('-').map(Number);
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  return { start: danishTime(`${month}-01`), end: danishTime(`${next}-01`) };
}

/**
 * One month measured against the SLA. A critical incident makes the system unavailable from its start to its end
 * (or to the end of the month, or now, while open); every incident started in the month counts for response, in
 * time when answered within the SLA's response time. Green: availability at or above the target and every response
 * in time; red: availability more than half a percentage point under the target or under 80 % answered in time;
 * amber between.
 */
export function monthCompliance(
  terms: SlaTerms,
  incidents: readonly Incident[],
  month: string,
  now: Date,
): MonthCompliance {
  const { start, end } = monthBounds(month);
  const measuredEnd = new Date(Math.min(end.getTime(), Math.max(now.getTime(), start.getTime())));
  const total = Math.max(1, (end.getTime() - start.getTime()) / minute);
  let downtime = 0;
  for (const incident of incidents) {
    if (incident.severity !== 'critical') continue;
    const from = Math.max(incident.startedAt.getTime(), start.getTime());
    const to = Math.min((incident.endedAt ?? measuredEnd).getTime(), end.getTime());
    if (to > from) downtime += (to - from) / minute;
  }
  const started = incidents.filter((incident) => incident.startedAt >= start && incident.startedAt < end);
  const inTime = started.filter(
    (incident) =>
      incident.respondedAt &&
      incident.respondedAt.getTime() - incident.startedAt.getTime() <= terms.responseMinutes * minute,
  ).length;
  const availability = Math.floor(((total - downtime) / total) * 10_000);
  const responseShare = started.length ? inTime / started.length : 1;
  const rating: Rating =
    availability < terms.availabilityTarget - 50 || responseShare < 0.8
      ? 'red'
      : availability >= terms.availabilityTarget && responseShare === 1
        ? 'green'
        : 'amber';
  return {
    month,
    availability,
    downtimeMinutes: Math.round(downtime),
    incidents: started.length,
    respondedInTime: inTime,
    rating,
  };
}
