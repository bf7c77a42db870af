import type { Database } from '#platform/db/database.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { shippedFigures } from './catalogue.ts';
import { DashboardService } from './dashboard.service.ts';
import { FactService } from './fact.service.ts';
import type { KeyFigure } from './key-figure.ts';
import { ObservationService } from './observation.service.ts';
import { TargetService } from './target.service.ts';

/** The insight module's services: daily facts, targets, pushed observations and the dashboards' reading side. */
export class InsightService {
  readonly facts: FactService;
  readonly targets: TargetService;
  readonly observations: ObservationService;
  readonly dashboards: DashboardService;

  constructor(
    db: Database,
    identity: Pick<IdentityContract, 'departmentOf'>,
    readonly figures: readonly KeyFigure[] = shippedFigures,
  ) {
    this.facts = new FactService(db, figures);
    this.targets = new TargetService(db, figures);
    this.observations = new ObservationService(db, figures);
    this.dashboards = new DashboardService(db, figures, identity);
  }
}
