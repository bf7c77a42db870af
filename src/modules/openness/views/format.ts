/** The ISO 8601 week number of an instant's Copenhagen day (the post list is published by week). */
export function isoWeek(at: Date): number {
  const day = new Date(`${at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' })}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  return (
    1 +
    Math.round(
      (day.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - ((firstThursday.getUTCDay() + 6) % 7) / 7 + 3 / 7,
    )
  );
}
