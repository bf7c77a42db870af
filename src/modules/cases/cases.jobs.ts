import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Daily, early morning (Danish time): after the night, before the caseworkers' day. */
export const DEADLINE_CHECK_SCHEDULE = '15 5 * * *';

/** Daily: publishes `cases.deadline-missed` for each open case past its deadline (once per case and deadline). */
export const deadlineCheckJob = defineJobType({
  name: 'cases.check-deadlines',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
