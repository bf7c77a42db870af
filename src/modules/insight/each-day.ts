import { addDays } from '#platform/time/danish-day.ts';

/** Every day from `from` to `to`, both included (a figure's daily series). */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Sorted days as runs of consecutive days (each recomputed as one range). */
export function dayRuns(days: readonly string[]): Array<{ from: string; to: string }> {
  const runs: Array<{ from: string; to: string }> = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && addDays(last.to, 1) === day) last.to = day;
    else if (!last || day > last.to) runs.push({ from: day, to: day });
  }
  return runs;
}
