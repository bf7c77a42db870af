import { defineSubscription } from '#platform/events/subscription.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import type { PlanService } from './plan.service.ts';

/** Key figures governance measures itself until the insight module provides them: letters printed and digital. */
export const governanceSubscriptions = (plan: PlanService) => [
  defineSubscription({
    module: 'governance',
    event: PostMessageSent,
    handler: async (payload, { executor, event }) => {
      await plan.countLetter(event.id, payload.channel, payload.sentAt, executor);
    },
    retryLimit: 8,
    retryDelaySeconds: 10,
  }),
];
