import type { Database } from '#platform/db/database.ts';
import type { AlertService } from './alert.service.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, conflict, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { danishDay, isDay } from '#platform/time/danish-day.ts';
import { COMPUTATION_VERSION, dimensionKey, type Fact } from './fact-computation.ts';
import type { KeyFigure } from './key-figure.ts';
import { upsertFacts } from './repository/fact.repository.ts';
import { insertBatch } from './repository/target.repository.ts';

/** One observation of a pushed figure: a day, the cell (no dimensions for the municipality) and its value. */
export interface Observation {
  day: string;
  dimensions?: Record<string, string>;
  value: number;
}

/** Pure: the problems of a batch, each naming its row (`observations[2].day`), as i18n keys. */
export function observationProblems(figure: KeyFigure, observations: readonly Observation[], today: string) {
  const problems: Array<{ field: string; key: string; values?: Record<string, string> }> = [];
  const seen = new Set<string>();
  observations.forEach((observation, index) => {
    const row = `observations[${index}]`;
    if (!isDay(observation.day)) problems.push({ field: `${row}.day`, key: 'insight.api.dayInvalid' });
    else if (observation.day > today) problems.push({ field: `${row}.day`, key: 'insight.api.dayInFuture' });
    for (const name of Object.keys(observation.dimensions ?? {}))
      if (!(figure.dimensions as readonly string[]).includes(name))
        problems.push({ field: `${row}.dimensions`, key: 'insight.api.dimensionUnknown', values: { name } });
    const key = `${observation.day}|${dimensionKey(observation.dimensions ?? {})}`;
    if (seen.has(key)) problems.push({ field: row, key: 'insight.api.duplicate' });
    seen.add(key);
  });
  return problems;
}

/**
 * Observations pushed by another system (telephony, a line-of-business system): all of a batch or none, each
 * fact keeping the batch it came from as its lineage. A later batch for the same day and cell corrects it.
 */
export class ObservationService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
    private readonly alerts: Pick<AlertService, 'evaluate'>,
  ) {}

  async push(actor: Principal, figureId: string, observations: readonly Observation[], today = danishDay()) {
    assertCan(actor, 'insight:observe');
    const figure = this.figures.find((candidate) => candidate.id === figureId);
    if (!figure) throw notFound('insight.api.unknownFigure');
    if (figure.computation.kind !== 'observed') throw conflict('insight.api.computedFigure', { id: figure.id });
    const problems = observationProblems(figure, observations, today);
    if (problems.length)
      throw badRequest(
        'insight.api.invalid',
        { count: problems.length },
        problems.map((problem) => ({ field: problem.field, message: t(problem.key, problem.values) })),
      );
    const result = await this.db.transaction().execute(async (trx) => {
      const batchId = await insertBatch(trx, {
        figureId,
        clientId: actor.id,
        clientName: actor.name,
        observations: observations.length,
      });
      const facts = observations.map((observation) => toFact(figure, observation, `push:${batchId}`));
      const changed = await upsertFacts(trx, facts, new Date());
      return { batchId, accepted: observations.length, changed };
    });
    // the newest day pushed is the one an alert is about (a correction of an older day raises nothing new)
    await this.alerts.evaluate(
      observations
        .map((observation) => observation.day)
        .sort()
        .at(-1)!,
    );
    return result;
  }
}

const toFact = (figure: KeyFigure, observation: Observation, lineage: string): Fact => ({
  figureId: figure.id,
  day: observation.day,
  dimensionKey: dimensionKey(observation.dimensions ?? {}),
  dimensions: observation.dimensions ?? {},
  numerator: observation.value,
  denominator: null,
  value: observation.value,
  source: figure.source,
  lineage,
  sourceVersion: COMPUTATION_VERSION,
});
