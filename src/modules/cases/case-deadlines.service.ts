import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { CaseEvents } from './case-events.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import * as repository from './cases.repository.ts';

/** The daily deadline check, run as start-up work by whichever process runs workers. */
export class CaseDeadlines {
  constructor(
    private readonly db: Database,
    private readonly caseTypes: CaseTypeCatalogue,
    private readonly caseEvents: CaseEvents,
    private readonly logger: Logger,
  ) {}

  /**
   * `cases.deadline-missed` for every open case past its deadline, once per case and deadline, in batches
   * (each batch's cases marked and its events published in one transaction).
   */
  async publishMissedDeadlines(now = new Date()): Promise<number> {
    const batchSize = 500;
    let published = 0;
    for (;;) {
      const batch = await this.db.transaction().execute(async (trx) => {
        const missed = await repository.takeMissedDeadlines(trx, now, batchSize);
        await this.caseEvents.deadlinesMissed(
          trx,
          missed,
          (row) => this.caseTypes.version(row.case_type_version_id, trx),
          now,
        );
        return missed.length;
      });
      published += batch;
      if (batch < batchSize) break;
    }
    if (published) this.logger.info({ published }, 'missed case deadlines published');
    return published;
  }
}
