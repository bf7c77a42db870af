import type { PgBoss } from 'pg-boss';
import { DEFAULT_HEARTBEAT_SECONDS, type JobDefinition } from './job-definition.ts';
import { runAsJob } from './job-context.ts';

/** Creates (or updates) a job's queue and its dead-letter queue (`<name>.dead`) with the job's retry options. */
export async function createJobQueues(boss: PgBoss, definition: JobDefinition): Promise<void> {
  const deadLetter = `${definition.name}.dead`;
  await ensureQueue(boss, definition.name, definition.policy, {
    retryLimit: definition.retryLimit ?? 5,
    retryDelay: definition.retryDelaySeconds ?? 5,
    retryDelayMax: definition.retryDelayMaxSeconds ?? 3600,
    retryBackoff: true,
    deadLetter,
    notify: true,
    heartbeatSeconds: Math.max(10, definition.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS),
  });
}

async function ensureQueue(
  boss: PgBoss,
  name: string,
  policy: JobDefinition['policy'],
  options: Record<string, unknown> & { deadLetter?: string },
): Promise<void> {
  if (options.deadLetter && !(await boss.getQueue(options.deadLetter))) await boss.createQueue(options.deadLetter, {});
  // the policy is given at creation only: pg-boss refuses to change it later
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, { ...options, ...(policy ? { policy } : {}) });
}

/** Starts handling one job's queue in this process (each job's payload parsed before its handler runs). */
export async function workJobs(boss: PgBoss, definition: JobDefinition): Promise<void> {
  await boss.work(
    definition.name,
    {
      localConcurrency: definition.concurrency ?? 2,
      batchSize: definition.batchSize ?? 1,
      pollingIntervalSeconds: 2,
      // a full batch means more work is waiting: fetch again at once instead of waiting for the next poll
      burstWhenBatchFull: (definition.batchSize ?? 1) > 1,
      ...(definition.pollingIntervalSeconds
        ? { notifyPollingIntervalSeconds: Math.max(2, definition.pollingIntervalSeconds) }
        : {}),
    },
    async (jobs) => {
      for (const job of jobs) {
        const payload = definition.payload.parse(job.data);
        await runAsJob(definition.name, () => definition.handler(payload, { id: job.id, name: job.name }));
      }
    },
  );
}
