import { defineSubscription } from '#platform/events/subscription.ts';
import {
  SelfserviceAbandoned,
  SelfserviceStarted,
  SelfserviceSubmitted,
} from '#modules/selfservice/selfservice.events.ts';
import { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import { CaseCreated } from '#modules/cases/cases.events.ts';
import type { InquiryService } from './inquiry.service.ts';
import { caseContact, letterContact, replyContact } from './event-registration.ts';
import { selfserviceContact } from './selfservice-registration.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;

/**
 * Every contact the platform sees registers itself: self-service, letters both ways and cases created at the
 * desk, by phone, letter or API. Each is registered once per event id (a retried delivery adds nothing).
 */
export const channelsSubscriptions = (inquiries: InquiryService) => [
  defineSubscription({
    module: 'channels',
    event: SelfserviceStarted,
    handler: (payload, { executor, event }) =>
      inquiries.registerEventContact(selfserviceContact(event, 'started', payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: SelfserviceSubmitted,
    handler: (payload, { executor, event }) =>
      inquiries.registerEventContact(selfserviceContact(event, 'submitted', payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: SelfserviceAbandoned,
    handler: (payload, { executor, event }) =>
      inquiries.registerEventContact(selfserviceContact(event, 'abandoned', payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: PostReplyReceived,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(replyContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: PostMessageSent,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(letterContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: CaseCreated,
    async handler(payload, { executor, event }) {
      const contact = caseContact(event, payload);
      if (contact) await inquiries.registerEventContact(contact, executor);
    },
    ...options,
  }),
];
