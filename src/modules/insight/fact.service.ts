import { sql } from 'kysely';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { computeFacts, signalsOf } from './fact-computation.ts';
import { recomputeMarkedJob } from './insight.jobs.ts';
import type { KeyFigure } from './key-figure.ts';
import { dayRuns } from './each-day.ts';
import { upsertFacts } from './repository/fact.repository.ts';
import {
  countSignals,
  countSignalsBefore,
  insertSignals,
  markDirtyDays,
  takeDirtyDays,
} from './repository/signal.repository.ts';
import type { Signal } from './signals.ts';

/** How far back a late event moves a stock (open cases) at once; the nightly recomputation does the rest. */
const STOCK_REACH_DAYS = 31;

/**
 * The daily facts of the computed figures: kept up to date from the events (each delivery stores its signals and
 * marks their days; a debounced job recomputes the marked days) and by the nightly recomputation of the last days
 * (late events correct the day they belong to). Both write through the same computation and the same upsert, so
 * running either again changes nothing.
 */
export class FactService {
  constructor(
    private readonly db: Database,
    private readonly figures: readonly KeyFigure[],
    private readonly queue: Pick<JobQueue, 'enqueue'>,
  ) {}

  private get computed() {
    return this.figures.filter((figure) => figure.computation.kind !== 'observed');
  }

  /**
   * An event's signals, in the delivery's transaction: stored once per event id, their days marked, and the
   * recomputation enqueued (unless one waits already). Nothing is computed here: a delivery stays a few inserts,
   * however many signals its day already holds, and no recomputation runs inside another module's event delivery.
   */
  async record(executor: Executor, signals: readonly Signal[]): Promise<void> {
    const days = [...new Set(await insertSignals(executor, signals))];
    if (days.length === 0) return;
    // shared: deliveries mark days side by side; the recomputation takes the list only when none is half done
    await sql`select pg_advisory_xact_lock_shared(hashtext('insight.marked-days.' || current_schema()))`.execute(
      executor,
    );
    await markDirtyDays(executor, days);
    await this.queue.enqueue(executor, recomputeMarkedJob, {});
  }

  /**
   * The debounced job: takes the marked days off the list and recomputes them (the flows on each day, the stocks
   * from the earliest up to today) in one transaction, so a failure leaves them marked for the retry. Returns how
   * many fact rows changed. Called after a recomputation in flight, it waits for it and then finds its days done.
   */
  async recomputeMarked(today = danishDay()): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.lock(trx);
      // waits for the deliveries marking days right now, so none of their marks is left behind unseen
      await sql`select pg_advisory_xact_lock(hashtext('insight.marked-days.' || current_schema()))`.execute(trx);
      const days = await takeDirtyDays(trx);
      if (days.length === 0) return 0;
      const flows = this.computed.filter((figure) => figure.computation.kind !== 'stock');
      const stocks = this.computed.filter((figure) => figure.computation.kind === 'stock');
      let changed = 0;
      for (const run of dayRuns(days)) changed += await this.computeRange(trx, flows, run.from, run.to);
      const reach = addDays(today, -STOCK_REACH_DAYS);
      const latest = (a: string, b: string) => (a > b ? a : b);
      return changed + (await this.computeRange(trx, stocks, latest(days[0], reach), latest(days.at(-1)!, today)));
    });
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
    const counts = await countSignals(executor, wanted, from, to);
    const before = await countSignalsBefore(executor, stockSignals, from);
    return upsertFacts(executor, computeFacts(figures, counts, before, from, to), new Date());
  }

  /**
   * One recomputation at a time, held to the end of the transaction: two recomputations of the same day at once
   * would each read the signals as they stood and the later write could put back an older count.
   */
  private async lock(executor: Executor) {
    await sql`select pg_advisory_xact_lock(hashtext('insight.facts.' || current_schema()))`.execute(executor);
  }
}
