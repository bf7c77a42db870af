import type { Database } from '#platform/db/database.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { compliancePercent } from './compliance.ts';
import { previousQuarter } from './quarter.ts';
import { periodBounds } from './report.service.ts';
import { countsByTarget } from './report.repository.ts';
import type { CaseTypes } from './target.service.ts';

export interface ProcessingTimeRow {
  code: string;
  name: { da: string; en: string };
  amount: number;
  unit: 'working_days' | 'calendar_days';
  /** cases due last quarter: decided in time, and not */
  hit: number;
  missed: number;
  compliance: number | null;
}

export interface ProcessingTimes {
  quarter: ReturnType<typeof previousQuarter>;
  rows: ProcessingTimeRow[];
}

/** For everyone, without login: each case type's published processing time and how well it was kept. */
export class PublicReportService {
  constructor(
    private readonly db: Database,
    private readonly caseTypes: Pick<CaseTypes, 'publishedProcessingTimes'>,
  ) {}

  async processingTimes(now = new Date()): Promise<ProcessingTimes> {
    const quarter = previousQuarter(danishDay(now));
    const [published, counts] = await Promise.all([
      this.caseTypes.publishedProcessingTimes(),
      countsByTarget(this.db, { ...periodBounds(quarter.from, quarter.to), now, metric: 'case-decided' }),
    ]);
    const rows = published.map(({ code, name, amount, unit }) => {
      const mine = counts.filter((count) => count.serviceCode === code);
      const hit = mine.reduce((sum, count) => sum + count.hit, 0);
      const missed = mine.reduce((sum, count) => sum + count.missed, 0);
      return { code, name, amount, unit, hit, missed, compliance: compliancePercent(hit, missed) };
    });
    return { quarter, rows: rows.sort((a, b) => a.name.da.localeCompare(b.name.da, 'da')) };
  }
}
