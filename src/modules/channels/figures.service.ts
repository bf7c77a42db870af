import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { channelFigures, type PurposeFigures } from './channel-figures.ts';
import { addDays, isDay } from '#platform/time/danish-day.ts';
import type { Purpose } from './purpose.ts';
import type { PurposeService } from './purpose.service.ts';
import { dayCounts } from './repository/inquiry.repository.ts';

export interface FiguresReport {
  from: string;
  to: string;
  purposes: Array<PurposeFigures & { purpose?: Purpose }>;
}

/** At most a year and a day per report (a page view reads one aggregate per purpose, channel and day). */
const MAX_DAYS = 366;

/** The period's problems, by field: real dates, in order, at most a year long. */
export function periodProblems(from: string, to: string): FieldProblem[] {
  if (!isDay(from)) return [{ field: 'from', key: 'channels.figures.dateInvalid' }];
  if (!isDay(to)) return [{ field: 'to', key: 'channels.figures.dateInvalid' }];
  if (to < from) return [{ field: 'to', key: 'channels.figures.toBeforeFrom' }];
  if (addDays(from, MAX_DAYS) <= to)
    return [{ field: 'to', key: 'channels.figures.tooLong', values: { days: MAX_DAYS } }];
  return [];
}

/** Managers' figures: per purpose, the channel mix against the target and the cost at unit prices. */
export class FiguresService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
  ) {}

  async report(actor: Principal, from: string, to: string): Promise<FiguresReport> {
    assertCan(actor, 'channels:figures');
    const problems = periodProblems(from, to);
    if (problems.length)
      throw badRequest(
        problems[0].key,
        problems[0].values,
        problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
      );
    const [counts, versions, purposes] = await Promise.all([
      dayCounts(this.db, from, to),
      this.purposes.versionsByPurpose(),
      this.purposes.list(),
    ]);
    const byCode = new Map(purposes.map((purpose) => [purpose.code, purpose]));
    return {
      from,
      to,
      purposes: channelFigures(counts, versions, to).map((figures) => ({
        ...figures,
        purpose: figures.purposeCode ? byCode.get(figures.purposeCode) : undefined,
      })),
    };
  }
}
