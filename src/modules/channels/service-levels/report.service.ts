import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { addDays } from '#platform/time/danish-day.ts';
import { periodProblems } from '../figures.service.ts';
import { type ComplianceRow, complianceRows } from './compliance.ts';
import { countsByTarget } from './report.repository.ts';
import { listTargets } from './target.repository.ts';
import { endOfDanishDay } from './working-days.ts';

export interface ServiceLevelReport {
  from: string;
  to: string;
  /** the department's code and name; none for the whole municipality */
  department?: { code: string; name: { da: string; en: string } };
  rows: ComplianceRow[];
}

/** The instants a period of Danish days runs between. */
export const periodBounds = (from: string, to: string) => ({
  start: new Date(endOfDanishDay(addDays(from, -1)).getTime() + 1),
  end: endOfDanishDay(to),
});

/** Managers follow up: per target, the items due in a period hit and missed, for a department or everyone. */
export class ReportService {
  constructor(
    private readonly db: Database,
    private readonly identity: Pick<IdentityContract, 'departmentByCode' | 'listDepartments'>,
  ) {}

  departments() {
    return this.identity.listDepartments();
  }

  async report(
    actor: Principal,
    query: { from: string; to: string; department?: string },
    now = new Date(),
  ): Promise<ServiceLevelReport> {
    assertCan(actor, 'channels:service-levels');
    const problems = periodProblems(query.from, query.to);
    const department = query.department ? await this.identity.departmentByCode(query.department) : undefined;
    if (query.department && !department)
      problems.push({ field: 'department', key: 'channels.serviceLevels.departmentUnknown' });
    if (problems.length)
      throw badRequest(
        problems[0].key,
        problems[0].values,
        problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
      );
    const bounds = periodBounds(query.from, query.to);
    const [targets, counts] = await Promise.all([
      listTargets(this.db),
      countsByTarget(this.db, { ...bounds, now, departmentCode: department?.code }),
    ]);
    const rows = complianceRows(targets, counts, query.to);
    return { from: query.from, to: query.to, department, rows };
  }
}
