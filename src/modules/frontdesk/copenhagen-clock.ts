/** Wall-clock time in Copenhagen, where the desk's opening hours and slots are given. */

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Copenhagen calendar day of an instant, YYYY-MM-DD. */
export const copenhagenDay = (at: Date): string => dayFormat.format(at);

/** The Copenhagen wall-clock time of an instant, HH:MM. */
export const copenhagenClock = (at: Date): string => timeFormat.format(at);

// made once: building an Intl.DateTimeFormat costs far more than using one (two per slot made a free-slot search
// over 60 days take a second and more on a busy machine)
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' });

function formattedOffset(instant: number): number {
  const name =
    offsetFormat.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/** Copenhagen's offset changes only on a whole hour (UTC), so it is kept per hour: the same hours recur in every search. */
const offsetsByHour = new Map<number, number>();
function offsetAt(instant: number): number {
  const hour = Math.floor(instant / 3_600_000);
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    if (offsetsByHour.size > 50_000) offsetsByHour.clear();
    offset = formattedOffset(hour * 3_600_000);
    offsetsByHour.set(hour, offset);
  }
  return offset;
}

/** The instant of a Copenhagen day and HH:MM (the offset is taken twice to land right around summer-time changes). */
export function copenhagenInstant(day: string, clock: string): Date {
  const wallClock = Date.parse(`${day}T${clock}:00Z`);
  const first = wallClock - offsetAt(wallClock);
  return new Date(wallClock - offsetAt(first));
}

/** The day `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD day: 1 Monday … 7 Sunday. */
export const isoWeekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/** Minutes since midnight of HH:MM. */
export const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
