import type { Database, Executor } from '#platform/db/database.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import * as repository from './repository/usage.repository.ts';

/** A system's use as Raadhus measures it: last month's count and the year so far. */
export interface SystemUsage {
  source: string;
  lastMonth: number;
  yearToDate: number;
}

/**
 * How much the systems are used where Raadhus knows it: self-service applications submitted, letters sent and cases
 * closed, counted per month (Danish time) from the modules' events, each event once.
 */
export class UsageService {
  constructor(private readonly db: Database) {}

  count(eventId: string, source: 'selfservice' | 'letters' | 'cases', at: string, executor: Executor) {
    return repository.countUsage(executor, eventId, source, danishDay(new Date(at)).slice(0, 7));
  }

  /** Per source: the count of `lastMonth` (YYYY-MM) and of the year up to and including the current month. */
  async of(sources: readonly string[], lastMonth: string, today: string): Promise<Map<string, SystemUsage>> {
    const year = today.slice(0, 4);
    const from = lastMonth < `${year}-01` ? lastMonth : `${year}-01`;
    const rows = await repository.usageCounts(this.db, [...new Set(sources)], from, today.slice(0, 7));
    const usage = new Map<string, SystemUsage>();
    for (const source of new Set(sources)) {
      const own = rows.filter((row) => row.source === source);
      usage.set(source, {
        source,
        lastMonth: own.filter((row) => row.month === lastMonth).reduce((sum, row) => sum + Number(row.count), 0),
        yearToDate: own.filter((row) => row.month.startsWith(year)).reduce((sum, row) => sum + Number(row.count), 0),
      });
    }
    return usage;
  }
}
