import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { addDays } from '#platform/time/danish-day.ts';
import { type FiguresReport, type FiguresService, periodProblems } from '../figures.service.ts';
import { failureDemandCounts } from '../repository/party-facts.repository.ts';
import { type BaselineFigure, baselineComparison, totalSaving } from './baseline-figures.ts';

export interface Period {
  from: string;
  to: string;
}

export interface FollowUpRow extends BaselineFigure {
  failureDemand: number;
  /** the share of the purpose's contacts that were avoidable, in per cent with one decimal */
  failureDemandPercent: number | null;
}

export interface FollowUpReport {
  baseline: Period;
  rows: FollowUpRow[];
  savingOre: number;
  failureDemand: number;
}

/** The baseline before a period: as many days, ending the day before it starts. */
export function defaultBaseline(period: Period): Period {
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** How channel use is followed up: the shift since a baseline period, the saving, and the failure demand. */
export class FollowUpService {
  constructor(
    private readonly db: Database,
    private readonly figures: FiguresService,
  ) {}

  async compare(actor: Principal, report: FiguresReport, baseline: Period): Promise<FollowUpReport> {
    assertCan(actor, 'channels:figures');
    const problems = periodProblems(baseline.from, baseline.to);
    if (problems.length) {
      const field = (name: string) => (name === 'from' ? 'baselineFrom' : 'baselineTo');
      throw badRequest(
        problems[0].key,
        problems[0].values,
        problems.map((p) => ({ field: field(p.field), message: t(p.key, p.values) })),
      );
    }
    const [before, avoidable] = await Promise.all([
      this.figures.report(actor, baseline.from, baseline.to),
      failureDemandCounts(this.db, report.from, report.to),
    ]);
    const rows = baselineComparison(report.purposes, before.purposes).map((row) => {
      const failureDemand = avoidable.get(row.purposeCode) ?? 0;
      const failureDemandPercent = row.total ? Math.round((failureDemand * 1000) / row.total) / 10 : null;
      return { ...row, failureDemand, failureDemandPercent };
    });
    const failureDemand = rows.reduce((sum, row) => sum + row.failureDemand, 0);
    return { baseline, rows, savingOre: totalSaving(rows), failureDemand };
  }
}
