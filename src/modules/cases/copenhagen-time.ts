/** The offset of Europe/Copenhagen from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function copenhagenOffset(instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/**
 * The instant of a Copenhagen wall-clock time typed into a `datetime-local` field (YYYY-MM-DDTHH:mm),
 * e.g. an appointment for a reminder; undefined when the text is not such a time.
 */
export function copenhagenTime(value: string | undefined): Date | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  // the offset is taken twice so a guess on the wrong side of a summer-time change corrects itself
  const first = wallClock - copenhagenOffset(new Date(wallClock));
  return new Date(wallClock - copenhagenOffset(new Date(first)));
}
