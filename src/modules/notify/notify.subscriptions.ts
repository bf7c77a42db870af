import { defineSubscription } from '#platform/events/subscription.ts';
import type { PostContract } from '#platform/contracts.ts';
import { PostMessageSent, PostNemSmsRequested } from '#modules/post/post.events.ts';
import { sendNemSms } from './nem-sms.ts';
import type { NotifyService } from './notify.service.ts';

/**
 * The events the notify module acts on: a letter sent to a digital mailbox is notified by SMS and/or e-mail
 * (a printed letter is not). The sender's notification line is asked of the post module, never carried in the event.
 */
export const notifySubscriptions = (notify: NotifyService, post: PostContract) => [
  defineSubscription({
    module: 'notify',
    event: PostMessageSent,
    async handler(payload, { executor }) {
      if (payload.channel !== 'digital') return;
      const notificationText = await post.notificationText(payload.messageId, executor);
      await notify.notifyNewPost(
        {
          messageId: payload.messageId,
          ...(payload.personId ? { personId: payload.personId } : { businessId: payload.businessId }),
          authorityCode: payload.departmentCode,
          ...(notificationText ? { notificationText: notificationText.slice(0, 160) } : {}),
        },
        executor,
      );
    },
    retryLimit: 8,
    retryDelaySeconds: 10,
    concurrency: 2,
    batchSize: 4,
  }),
  defineSubscription({
    module: 'notify',
    event: PostNemSmsRequested,
    async handler(payload, { executor }) {
      const text = await post.nemSmsText(payload.smsId, executor);
      if (text) await sendNemSms(notify, payload, text, executor);
    },
    retryLimit: 8,
    retryDelaySeconds: 10,
  }),
];
