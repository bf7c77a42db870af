import { defineSubscription } from '#platform/events/subscription.ts';
import { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import type { JournalFeed } from './journal-feed.service.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;

/** The post list registers the letters sent and received on cases (idempotent per letter). */
export const opennessSubscriptions = (feed: JournalFeed) => [
  defineSubscription({
    module: 'openness',
    event: PostMessageSent,
    handler: async (payload, { executor }) => void (await feed.letter(executor, { ...payload, at: payload.sentAt })),
    ...options,
  }),
  defineSubscription({
    module: 'openness',
    event: PostReplyReceived,
    handler: async (payload, { executor }) =>
      void (await feed.letter(executor, { ...payload, at: payload.receivedAt })),
    ...options,
  }),
];
