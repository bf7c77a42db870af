import pg from 'pg';
import { currentJob } from '#platform/queue/job-context.ts';

/**
 * Counts the statements the process sends to the database (every pg client, PGlite's included, since
 * PGlite is reached through pg's pool here): the bulk benchmark divides them by the messages sent to
 * show the round trips per recipient. Benchmark-only: it wraps pg's Client#query once per process.
 */
let count = 0;
/** statements by the queue work that sent them (a job type or a subscriber's queue); 'other' for the rest */
const bySource = new Map<string, number>();
let installed = false;
const hooks = new Set<() => void>();

/** Runs `hook` before every statement until the returned function removes it. */
export function beforeEachQuery(hook: () => void): () => void {
  countQueries();
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

export function countQueries(): { read(): number; bySource(): Map<string, number> } {
  if (!installed) {
    installed = true;
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      count++;
      const source = currentJob() ?? 'other';
      bySource.set(source, (bySource.get(source) ?? 0) + 1);
      for (const hook of hooks) hook();
      return original.apply(this, args);
    } as typeof pg.Client.prototype.query;
  }
  return { read: () => count, bySource: () => new Map(bySource) };
}
