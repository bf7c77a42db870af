import type { Database } from '#platform/db/database.ts';
import type { NotifyContract, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseAccess } from './case-access.service.ts';
import type { CaseEvents } from './case-events.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import type { MyCases } from './my-cases.service.ts';

/** What moving cases on in their workflows is built with. */
export interface CaseTransitionsDependencies {
  db: Database;
  caseTypes: CaseTypeCatalogue;
  access: CaseAccess;
  caseEvents: CaseEvents;
  mine: MyCases;
  identity: IdentityContract;
  post: PostContract;
  notify: NotifyContract;
}
