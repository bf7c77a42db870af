import type { Database } from '#platform/db/database.ts';
import { allSolutions } from './catalogue/catalogue.ts';
import { insertUsageCounts, type UsageEvent } from './selfservice.repository.ts';
import { danishDay } from './usage.service.ts';

/**
 * Demo usage figures for the last 60 days (up to yesterday), so the staff usage page and exports have
 * something to show. Deterministic: the same numbers on every fresh demo database.
 */
export async function seedUsageDemo(db: Database, now = new Date(), days = 60): Promise<void> {
  let state = 20261124;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rows: Array<{ solution_code: string; day: string; event: UsageEvent; count: number }> = [];
  allSolutions().forEach((solution, index) => {
    const popularity = [14, 6, 9, 3, 4, 2, 3, 2, 1][index] ?? 2;
    for (let back = days; back >= 1; back--) {
      const date = new Date(now.getTime() - back * 86_400_000);
      const weekend = [0, 6].includes(date.getUTCDay());
      const started = Math.round(popularity * (weekend ? 0.4 : 1) * (0.6 + random() * 0.8));
      if (started === 0) continue;
      const submitted = Math.round(started * (0.6 + random() * 0.3));
      const abandoned = Math.round((started - submitted) * (0.5 + random() * 0.5));
      const steps = Math.round(submitted * solution.form.pages.length + (started - submitted) * random() * 2);
      const day = danishDay(date);
      for (const [event, count] of [
        ['started', started],
        ['step_completed', steps],
        ['submitted', submitted],
        ['abandoned', abandoned],
      ] as const) {
        if (count > 0) rows.push({ solution_code: solution.code, day, event, count });
      }
    }
  });
  await insertUsageCounts(db, rows);
}
