import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Daily, after the cases module's deadline check (05:15), before the caseworkers' day. */
export const NOTICE_CHECK_SCHEDULE = '45 5 * * *';

/** Daily: finds open cases that will miss their published processing time within the target's warning days. */
export const noticeCheckJob = defineJobType({
  name: 'channels.find-processing-notices',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
