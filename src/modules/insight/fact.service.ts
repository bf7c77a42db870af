import { sql } from 'kysely';
import type { Database, Executor } from '#platform/db/database.ts';
import { addDays, danishDay } from './danish-day.ts';
import { computeFacts, signalsOf } from './fact-computation.ts';
import type { KeyFigure } from './key-figure.ts';
import { upsertFacts } from './repository/fact.repository.ts';
import { countSignals, countSignalsBefore, insertSignals } from './repository/signal.repository.ts';
import type { Signal } from './signals.ts';

/** How far back a late event moves a stock (open cases) at once; the nightly recomputation does the rest. */
const STOCK_REACH_DAYS = 31;

/**
 * The daily facts of the computed figures: kept up to date from each event as it arrives (incremental) and by
 * the nightly recomputation of the last days (late events correct the day they belong to). Both write through
 * the same computation and the same upsert, so running either again changes nothing.
 */
export class FactService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
  ) {}

  private get computed() {
    return this.figures.filter((figure) => figure.computation.kind !== 'observed');
  }

  /** An event's signals: stored once per event id; the days they fall on are recomputed in the same transaction. */
  async record(executor: Executor, signals: readonly Signal[], today = danishDay()): Promise<void> {
    const days = [...new Set(await insertSignals(executor, signals))].sort();
    if (days.length === 0) return;
    await this.lock(executor);
    const flows = this.computed.filter((figure) => figure.computation.kind !== 'stock');
    const stocks = this.computed.filter((figure) => figure.computation.kind === 'stock');
    for (const day of days) await this.computeRange(executor, flows, day, day);
    const reach = addDays(today, -STOCK_REACH_DAYS);
    const latest = (a: string, b: string) => [a, b].sort()[1];
    await this.computeRange(executor, stocks, latest(days[0], reach), latest(days.at(-1)!, today));
  }

  /** Recomputes every computed figure from `from` to `to`; returns how many fact rows changed. */
  async recompute(from: string, to: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.lock(trx);
      return this.computeRange(trx, this.computed, from, to);
    });
  }

  /** The nightly job: the last `days` days up to today. */
  recomputeRecent(days: number, today = danishDay()): Promise<number> {
    return this.recompute(addDays(today, -(days - 1)), today);
  }

  private async computeRange(executor: Executor, figures: readonly KeyFigure[], from: string, to: string) {
    if (figures.length === 0 || to < from) return 0;
    const wanted = [...new Set(figures.flatMap((figure) => signalsOf(figure.computation)))];
    const stockSignals = [
      ...new Set(
        figures.filter((figure) => figure.computation.kind === 'stock').flatMap((f) => signalsOf(f.computation)),
      ),
    ];
    const [counts, before] = await Promise.all([
      countSignals(executor, wanted, from, to),
      countSignalsBefore(executor, stockSignals, from),
    ]);
    return upsertFacts(executor, computeFacts(figures, counts, before, from, to), new Date());
  }

  /**
   * One recomputation at a time, held to the end of the transaction: two events of the same day handled at once
   * would each count only their own uncommitted signal and the later write would lose the other's.
   */
  private async lock(executor: Executor) {
    await sql`select pg_advisory_xact_lock(hashtext('insight.facts'))`.execute(executor);
  }
}
