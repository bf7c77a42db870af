import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Daily, early morning (Danish time). */
export const DEADLINE_ALERT_SCHEDULE = '30 6 * * *';

/** Daily: e-mails each contract owner whose termination deadline has come within the contract's alert window. */
export const deadlineAlertJob = defineJobType({
  name: 'governance.contract-deadline-alerts',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
