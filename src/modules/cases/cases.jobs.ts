import { z } from 'zod';
import { defineJob } from '#platform/queue/queue.ts';

/** Daily, early morning (Danish time): after the night, before the caseworkers' day. */
export const DEADLINE_CHECK_SCHEDULE = '15 5 * * *';
export const DEADLINE_CHECK_JOB = 'cases.check-deadlines';

/** Daily: publishes `cases.deadline-missed` for each open case past its deadline (once per case and deadline). */
export const deadlineCheckJobFor = (check: () => Promise<unknown>) =>
  defineJob({
    name: DEADLINE_CHECK_JOB,
    payload: z.object({}).passthrough(),
    handler: async () => void (await check()),
    retryLimit: 3,
    retryDelaySeconds: 300,
  });
