/** Staff enter appointments in Danish time; stored as an instant (timestamptz). */
const TIME_ZONE = 'Europe/Copenhagen';

function offsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - instant) / 60_000);
}

/** "2026-12-24" + "14:30" in Danish time → the instant; undefined for a date or time that does not exist. */
export function danishDateTime(date: string, time: string): Date | undefined {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const timeMatch = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!dateMatch || !timeMatch) return undefined;
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const [hour, minute] = timeMatch.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wallClock).getUTCDate() !== day) return undefined;
  // The offset at the guessed instant, then again at the corrected one (right across a DST change).
  let instant = wallClock - offsetMinutes(wallClock) * 60_000;
  instant = wallClock - offsetMinutes(instant) * 60_000;
  return new Date(instant);
}
