import { defineSubscription } from '#platform/events/subscription.ts';
import { NotifyDelivered } from '#modules/notify/notify.events.ts';
import type { PostService } from './post.service.ts';

/** The events the post module learns from: an SMS or e-mail about new post was sent, so the message shows "notified". */
export const postSubscriptions = (post: PostService) => [
  defineSubscription({
    module: 'post',
    event: NotifyDelivered,
    async handler(payload, { executor }) {
      if (payload.kind === 'new-post') await post.markNotified(payload.sourceId, payload.channel, executor);
    },
    retryLimit: 8,
    retryDelaySeconds: 10,
  }),
];
