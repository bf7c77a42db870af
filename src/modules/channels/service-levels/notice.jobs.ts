import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Daily, after the cases module's deadline check (05:15), before the caseworkers' day. */
export const NOTICE_CHECK_SCHEDULE = '45 5 * * *';

/** Daily, after the § 3 check: the department managers' alerts over the rolling window. */
export const ALERT_CHECK_SCHEDULE = '15 6 * * *';

export const alertCheckJob = defineJobType({
  name: 'channels.check-compliance-alerts',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});

/** Daily: finds open cases that will miss their published processing time within the target's warning days. */
export const noticeCheckJob = defineJobType({
  name: 'channels.find-processing-notices',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
