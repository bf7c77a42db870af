import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Daily at night, when no chat is open. */
export const CHAT_PURGE_SCHEDULE = '40 2 * * *';

/** Daily: anonymous conversations that ended longer ago than the retention period lose their messages. */
export const chatPurgeJob = defineJobType({
  name: 'frontdesk.purge-anonymous-chats',
  payload: z.object({}).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
