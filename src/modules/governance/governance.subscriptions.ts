import { defineSubscription } from '#platform/events/subscription.ts';
import { CaseClosed } from '#modules/cases/cases.events.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { SelfserviceSubmitted } from '#modules/selfservice/selfservice.events.ts';
import type { PlanService } from './plan.service.ts';
import type { UsageService } from './usage.service.ts';

const retries = { retryLimit: 8, retryDelaySeconds: 10 } as const;

/**
 * What governance learns from other modules' events: the key figures it measures itself until the insight module
 * provides them (letters printed and digital), and the systems' usage per month (applications, letters, cases).
 */
export const governanceSubscriptions = (plan: PlanService, usage: UsageService) => [
  defineSubscription({
    module: 'governance',
    event: PostMessageSent,
    handler: async (payload, { executor, event }) => {
      await plan.countLetter(event.id, payload.channel, payload.sentAt, executor);
      await usage.count(event.id, 'letters', payload.sentAt, executor);
    },
    ...retries,
  }),
  defineSubscription({
    module: 'governance',
    event: SelfserviceSubmitted,
    handler: async (payload, { executor, event }) => {
      await usage.count(event.id, 'selfservice', payload.submittedAt, executor);
    },
    ...retries,
  }),
  defineSubscription({
    module: 'governance',
    event: CaseClosed,
    handler: async (payload, { executor, event }) => {
      await usage.count(event.id, 'cases', payload.closedAt, executor);
    },
    ...retries,
  }),
];
