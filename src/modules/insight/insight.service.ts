import type { Database } from '#platform/db/database.ts';
import { AlertService, type AlertDependencies } from './alert.service.ts';
import type { NameSources } from './dimension-names.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { shippedFigures } from './catalogue.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { DashboardService } from './dashboard.service.ts';
import { FactService } from './fact.service.ts';
import type { KeyFigure } from './key-figure.ts';
import { ObservationService } from './observation.service.ts';
import { ImportService } from './import.service.ts';
import { TargetService } from './target.service.ts';

/** The insight module's services: daily facts, targets, pushed observations and the dashboards' reading side. */
export class InsightService {
  readonly facts: FactService;
  readonly targets: TargetService;
  readonly observations: ObservationService;
  readonly dashboards: DashboardService;
  readonly alerts: AlertService;
  readonly imports: ImportService;

  constructor(
    db: Database,
    identity: Pick<IdentityContract, 'departmentOf' | 'departmentByCode'>,
    cases: NameSources['cases'],
    alerting: Omit<AlertDependencies, 'db' | 'figures'>,
    readonly figures: readonly KeyFigure[] = shippedFigures,
  ) {
    this.alerts = new AlertService({ ...alerting, db, figures });
    this.facts = new FactService(db, figures, alerting.queue);
    this.targets = new TargetService(db, figures);
    this.observations = new ObservationService(db, figures, this.alerts);
    this.dashboards = new DashboardService(db, figures, identity, { identity, cases });
    this.imports = new ImportService(db, figures, this.alerts);
  }

  /** The nightly job: recompute the last days, then evaluate the alert rules on yesterday, the last whole day. */
  async nightly(days: number, today = danishDay()): Promise<void> {
    await this.facts.recomputeRecent(days, today);
    await this.alerts.evaluate(addDays(today, -1));
  }
}
