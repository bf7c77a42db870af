import { defineSubscription } from '#platform/events/subscription.ts';
import {
  SelfserviceAbandoned,
  SelfserviceStarted,
  SelfserviceSubmitted,
} from '#modules/selfservice/selfservice.events.ts';
import { PostMessageRead, PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import type { FailureDemandService } from './follow-up/failure-demand.service.ts';
import type { InquiryService } from './inquiry.service.ts';
import { caseContact, letterContact, replyContact } from './event-registration.ts';
import { selfserviceContact } from './selfservice-registration.ts';
import {
  AppointmentBooked,
  AppointmentMissed,
  AppointmentServed,
  ChatClosed,
  TicketServed,
} from '#modules/frontdesk/frontdesk.events.ts';
import { bookedContact, chatContact, missedContact, servedContact, ticketContact } from './frontdesk-registration.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;

/**
 * Every contact the platform sees registers itself: self-service, letters both ways and cases created at the
 * desk, by phone, letter or API, and the front desk's appointments and walk-ins. Each is registered once per event
 * id (a retried delivery adds nothing).
 */
export const channelsSubscriptions = (inquiries: InquiryService, failureDemand: FailureDemandService) => [
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
    async handler(payload, { executor, event }) {
      await inquiries.registerEventContact(letterContact(event, payload), executor);
      await failureDemand.learnLetter(payload, executor);
    },
    ...options,
  }),
  // what failure demand is judged by: a letter read, a case closed (learned, never read from their tables)
  defineSubscription({
    module: 'channels',
    event: PostMessageRead,
    handler: (payload, { executor }) => failureDemand.learnLetterRead(payload, executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: CaseClosed,
    handler: (payload, { executor }) => failureDemand.learnCaseClosed(payload, executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: CaseCreated,
    async handler(payload, { executor, event }) {
      const contact = caseContact(event, payload);
      if (contact) await inquiries.registerEventContact(contact, executor);
      await failureDemand.learnCase(payload, executor);
    },
    ...options,
  }),
  // the front desk (events only: frontdesk requires channels, so channels never requires frontdesk)
  defineSubscription({
    module: 'channels',
    event: AppointmentBooked,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(bookedContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: AppointmentServed,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(servedContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: AppointmentMissed,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(missedContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: TicketServed,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(ticketContact(event, payload), executor),
    ...options,
  }),
  defineSubscription({
    module: 'channels',
    event: ChatClosed,
    handler: (payload, { executor, event }) => inquiries.registerEventContact(chatContact(event, payload), executor),
    ...options,
  }),
];
