import { z } from 'zod';
import { defineJobType } from '#platform/queue/job-definition.ts';

/** Nightly: recompute the facts of the last days, so late events land on the day they belong to. */
export const recomputeJob = defineJobType({
  name: 'insight.recompute',
  payload: z.object({ days: z.number().int().min(1).max(366).optional() }).passthrough(),
  retryLimit: 3,
  retryDelaySeconds: 300,
});
export const RECOMPUTE_SCHEDULE = '15 2 * * *';
export const RECOMPUTE_DAYS = 7;

/** The e-mail of one raised alert to the rule's recipient (enqueued in the transaction that raised it). */
export const alertMailJob = defineJobType({
  name: 'insight.mail-alert',
  payload: z.object({ alertId: z.uuid() }),
  retryLimit: 8,
  retryDelaySeconds: 60,
});

/**
 * The facts of the days that events marked. At most one waits (queue policy `short`): the events of a burst enqueue
 * one recomputation, which takes every day marked before it starts.
 */
export const recomputeMarkedJob = defineJobType({
  name: 'insight.recompute-marked',
  payload: z.object({}).passthrough(),
  policy: 'short',
  retryLimit: 8,
  retryDelaySeconds: 10,
});
