import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The queue work this code runs for: a job type's name (`post.bulk-chunk`) or an event subscriber's queue. Set around
 * each job handler and each event delivery, so whatever a handler causes (its statements, its log lines) can be told
 * apart from the request or the other work of the same process: the benchmarks count statements per source with it.
 */
const jobStorage = new AsyncLocalStorage<string>();

/** Runs `work` as work of `source` (a job type or a subscriber's queue). */
export const runAsJob = <T>(source: string, work: () => Promise<T>): Promise<T> => jobStorage.run(source, work);

/** The job type or subscriber queue the current code runs for; undefined outside queue work (a request, start-up). */
export const currentJob = (): string | undefined => jobStorage.getStore();
