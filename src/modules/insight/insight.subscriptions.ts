import type { z } from 'zod';
import type { EventDefinition, EventMetadata } from '#platform/events/event.ts';
import { defineSubscription } from '#platform/events/subscription.ts';
import { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import { NotifyDelivered } from '#modules/notify/notify.events.ts';
import { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import {
  SelfserviceAbandoned,
  SelfserviceStarted,
  SelfserviceSubmitted,
} from '#modules/selfservice/selfservice.events.ts';
import { InquiryRegistered } from '#modules/channels/channels.events.ts';
import type { FactService } from './fact.service.ts';
import * as signals from './signals.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;

function measure<Schema extends z.ZodType>(
  facts: FactService,
  event: EventDefinition<Schema>,
  toSignals: (event: EventMetadata, payload: z.infer<Schema>) => signals.Signal[],
) {
  return defineSubscription({
    module: 'insight',
    event,
    handler: (payload, { executor, event: metadata }) => facts.record(executor, toSignals(metadata, payload)),
    ...options,
  });
}

/**
 * What the key figures are computed from: each event becomes its signals once (by event id, so a retried delivery
 * counts nothing twice), and the days they fall on are marked; the debounced job `insight.recompute-marked`
 * recomputes them outside the deliveries' transactions.
 */
export const insightSubscriptions = (facts: FactService) => [
  measure(facts, PostMessageSent, signals.letterSignals),
  measure(facts, PostReplyReceived, signals.replySignals),
  measure(facts, NotifyDelivered, signals.notificationSignals),
  measure(facts, CaseCreated, signals.caseCreatedSignals),
  measure(facts, CaseClosed, signals.caseClosedSignals),
  measure(facts, SelfserviceStarted, signals.startedSignals),
  measure(facts, SelfserviceSubmitted, signals.submittedSignals),
  measure(facts, SelfserviceAbandoned, signals.abandonedSignals),
  measure(facts, InquiryRegistered, signals.registeredInquirySignals),
];
