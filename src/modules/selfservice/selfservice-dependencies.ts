import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';

/** What the self-service services are built with: the platform's parts and the contracts of cases and post. */
export interface SelfserviceDependencies {
  db: Database;
  queue: JobQueue;
  events: EventBus;
  logger: Logger;
  cases: CasesContract;
  post: PostContract;
  /** the applicant's name and language, for the receipt letter */
  identity: Pick<IdentityContract, 'getPerson' | 'getBusiness'>;
}
