import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, notFound } from '#platform/http/problem.ts';
import type { Thresholds } from './figure-values.ts';
import type { KeyFigure } from './key-figure.ts';
import { insertTarget, listTargets } from './repository/target.repository.ts';
import { targetProblems } from './targets.ts';

/** The day the shipped targets are valid from: before any figure Raadhus can have computed. */
const SHIPPED_FROM = '2020-01-01';

/** Versioned targets: the catalogue's own as version 1, once per database (a later version never gets overwritten). */
export class TargetService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
  ) {}

  async seedShipped(): Promise<void> {
    const existing = await listTargets(this.db);
    const missing = this.figures.filter(
      (figure) => figure.initialTarget && !existing.some((target) => target.figureId === figure.id),
    );
    for (const figure of missing)
      await insertTarget(
        this.db,
        { figureId: figure.id, dimensionKey: '', version: 1, validFrom: SHIPPED_FROM, ...figure.initialTarget! },
        'catalogue',
      );
  }

  /** A new version of a cell's target from a day on; the version before it ends the day before. */
  async addVersion(actor: Principal, figureId: string, next: Thresholds & { dimensionKey: string; validFrom: string }) {
    assertCan(actor, 'insight:targets');
    const figure = this.figures.find((candidate) => candidate.id === figureId);
    if (!figure) throw notFound();
    const existing = await listTargets(this.db, [figureId]);
    const problems = targetProblems(figure.direction, existing, next);
    if (problems.length) throw badRequest(problems[0]);
    const version =
      Math.max(0, ...existing.filter((t) => t.dimensionKey === next.dimensionKey).map((t) => t.version)) + 1;
    await this.db.transaction().execute((trx) => insertTarget(trx, { figureId, version, ...next }, actor.id));
    return version;
  }
}
