import type { Database } from '#platform/db/database.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { PurposeService } from '../purpose.service.ts';
import { MeasurementService } from './measurement.service.ts';
import { PublicReportService } from './public-report.service.ts';
import { ReportService } from './report.service.ts';
import { type CaseTypes, TargetService } from './target.service.ts';

/** Service levels: targets in versions, measured items, the follow-up pages. */
export class ServiceLevelsService {
  readonly targets: TargetService;
  readonly measurement = new MeasurementService();
  readonly reports: ReportService;
  readonly publicReports: PublicReportService;

  constructor(
    db: Database,
    deps: {
      purposes: Pick<PurposeService, 'codes'>;
      caseTypes: CaseTypes;
      identity: Pick<IdentityContract, 'departmentByCode' | 'listDepartments'>;
    },
  ) {
    this.targets = new TargetService(db, deps.purposes, deps.caseTypes);
    this.reports = new ReportService(db, deps.identity);
    this.publicReports = new PublicReportService(db, deps.caseTypes);
  }
}
