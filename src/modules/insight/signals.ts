import type { z } from 'zod';
import type { EventMetadata } from '#platform/events/event.ts';
import type { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import type { NotifyDelivered } from '#modules/notify/notify.events.ts';
import type { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import type {
  SelfserviceAbandoned,
  SelfserviceStarted,
  SelfserviceSubmitted,
} from '#modules/selfservice/selfservice.events.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { InquiryRegistered } from '#modules/channels/channels.events.ts';
import type { SignalName } from './key-figure.ts';

/**
 * Pure: what an event says, as signals: one measure on one Danish day with the codes figures break down by
 * (department, service, case type, channel). Codes only: never a person, a subject or a text.
 */
export interface Signal {
  eventId: string;
  signal: SignalName;
  day: string;
  occurredAt: Date;
  attributes: Record<string, string>;
}

type Payload<E extends { payload: z.ZodType }> = z.infer<E['payload']>;

function signal(event: EventMetadata, name: SignalName, at: string, attributes: Record<string, string | undefined>) {
  const occurredAt = new Date(at);
  const defined = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    eventId: event.id,
    signal: name,
    day: danishDay(occurredAt),
    occurredAt,
    attributes: Object.fromEntries(defined),
  };
}

export const letterSignals = (event: EventMetadata, payload: Payload<typeof PostMessageSent>): Signal[] => [
  signal(event, 'letter-sent', payload.sentAt, { channel: payload.channel, department: payload.departmentCode }),
];

/** A citizen's message in Digital Post is an inquiry (as the channels module counts it). */
export const replySignals = (event: EventMetadata, payload: Payload<typeof PostReplyReceived>): Signal[] => [
  signal(event, 'inquiry', payload.receivedAt, { channel: 'digital-post', department: payload.departmentCode }),
];

export const notificationSignals = (event: EventMetadata, payload: Payload<typeof NotifyDelivered>): Signal[] => [
  signal(event, 'notification-delivered', payload.deliveredAt, { channel: payload.channel }),
];

const caseChannels: Record<Payload<typeof CaseCreated>['channel'], string | null> = {
  // a case from self-service is an inquiry through `selfservice.submitted`: never twice
  selfservice: null,
  attendance: 'attendance',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  api: 'system',
};

export function caseCreatedSignals(event: EventMetadata, payload: Payload<typeof CaseCreated>): Signal[] {
  const codes = { caseType: payload.caseTypeCode, department: payload.departmentCode };
  const received = signal(event, 'case-received', payload.createdAt, { ...codes, channel: payload.channel });
  const channel = caseChannels[payload.channel];
  if (!channel) return [received];
  return [received, signal(event, 'inquiry', payload.createdAt, { channel, department: payload.departmentCode })];
}

export const caseClosedSignals = (event: EventMetadata, payload: Payload<typeof CaseClosed>): Signal[] => [
  signal(event, 'case-decided', payload.closedAt, {
    caseType: payload.caseTypeCode,
    department: payload.departmentCode,
  }),
];

export const startedSignals = (event: EventMetadata, payload: Payload<typeof SelfserviceStarted>): Signal[] => [
  signal(event, 'selfservice-started', payload.startedAt, { service: payload.solutionCode }),
];

export const submittedSignals = (event: EventMetadata, payload: Payload<typeof SelfserviceSubmitted>): Signal[] => [
  signal(event, 'selfservice-submitted', payload.submittedAt, { service: payload.solutionCode }),
  signal(event, 'inquiry', payload.submittedAt, { channel: 'selfservice', service: payload.solutionCode }),
];

/** An abandoned draft is an inquiry that did not succeed, counted on the day the self-service module counts it. */
export function abandonedSignals(event: EventMetadata, payload: Payload<typeof SelfserviceAbandoned>): Signal[] {
  const counted = signal(event, 'inquiry', payload.lastActivityAt, {
    channel: 'selfservice',
    service: payload.solutionCode,
  });
  return [{ ...counted, day: payload.abandonedOn }];
}

/** An inquiry staff registered at the desk or on the phone (or tallied), on the Danish day the channels module gives. */
export const registeredInquirySignals = (
  event: EventMetadata,
  payload: Payload<typeof InquiryRegistered>,
): Signal[] => [{ ...signal(event, 'inquiry', payload.registeredAt, { channel: payload.channel }), day: payload.day }];
