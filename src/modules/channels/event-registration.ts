import type { z } from 'zod';
import type { EventMetadata } from '#platform/events/event.ts';
import type { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import type { CaseCreated } from '#modules/cases/cases.events.ts';
import type { ChannelCode } from './channel-codes.ts';
import type { EventContact, InquiryInput } from './inquiry.types.ts';

/**
 * Pure: what contact an event is. The source key is the event's id, so a retried event never counts twice.
 * Payloads carry internal party ids only, never a CPR number.
 */
export type Payload<E extends { payload: z.ZodType }> = z.infer<E['payload']>;
type Owner = { personId?: string; businessId?: string };

const partyOf = (owner: Owner): InquiryInput['party'] =>
  owner.personId
    ? { kind: 'person', id: owner.personId }
    : owner.businessId
      ? { kind: 'business', id: owner.businessId }
      : { kind: 'anonymous' };

export const base = (event: EventMetadata) => ({
  sourceKey: `event:${event.id}`,
  source: 'event' as const,
  actor: { kind: 'automated' as const },
});

export function replyContact(event: EventMetadata, payload: Payload<typeof PostReplyReceived>): EventContact {
  return {
    input: {
      ...base(event),
      channel: 'digital-post',
      direction: 'inbound',
      outcome: 'created',
      occurredAt: new Date(payload.receivedAt),
      party: partyOf(payload),
      departmentCode: payload.departmentCode,
      object: { kind: 'message', id: payload.messageId },
    },
    purposeOf: null,
  };
}

export function letterContact(event: EventMetadata, payload: Payload<typeof PostMessageSent>): EventContact {
  return {
    input: {
      ...base(event),
      channel: payload.channel === 'digital' ? 'digital-post' : 'letter',
      direction: 'outbound',
      outcome: 'sent',
      occurredAt: new Date(payload.sentAt),
      party: partyOf(payload),
      departmentCode: payload.departmentCode,
      object: { kind: 'message', id: payload.messageId },
    },
    purposeOf: null,
  };
}

const caseChannels: Record<Payload<typeof CaseCreated>['channel'], ChannelCode | null> = {
  // a case from self-service is registered from `selfservice.submitted`: never twice
  selfservice: null,
  attendance: 'attendance',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  api: 'system',
};

/** A case created at the desk, by phone, by letter or e-mail or by API; null for one from self-service. */
export function caseContact(event: EventMetadata, payload: Payload<typeof CaseCreated>): EventContact | null {
  const channel = caseChannels[payload.channel];
  if (!channel) return null;
  return {
    input: {
      ...base(event),
      channel,
      direction: 'inbound',
      outcome: 'created',
      occurredAt: new Date(payload.createdAt),
      party: partyOf(payload),
      ...(payload.departmentCode ? { departmentCode: payload.departmentCode } : {}),
      object: { kind: 'case', id: payload.caseId },
    },
    purposeOf: { caseTypeCode: payload.caseTypeCode },
  };
}
