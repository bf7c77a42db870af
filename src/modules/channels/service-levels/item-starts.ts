import type { CaseCreated } from '#modules/cases/cases.events.ts';
import type { PostReplyReceived } from '#modules/post/post.events.ts';
import type { TicketServed } from '#modules/frontdesk/frontdesk.events.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { Payload } from '../event-registration.ts';
import type { ItemStart } from './measurement.service.ts';

/** Pure: what measured item an event starts. Parties are internal ids, never CPR numbers. */
const partyOf = (owner: { personId?: string; businessId?: string }): ItemStart['party'] =>
  owner.personId
    ? { kind: 'person', id: owner.personId }
    : owner.businessId
      ? { kind: 'business', id: owner.businessId }
      : null;

/** A message from a party to a department in Digital Post: to be answered within the target's working days. */
export function inquiryStart(payload: Payload<typeof PostReplyReceived>): ItemStart {
  return {
    sourceKey: `message:${payload.messageId}`,
    metric: 'written-answer',
    // a letter's purpose is unknown to the event: only targets for every service apply
    service: { kind: 'purpose', code: null },
    channel: 'digital-post',
    departmentCode: payload.departmentCode,
    party: partyOf(payload),
    startedAt: new Date(payload.receivedAt),
  };
}

const caseChannels: Record<Payload<typeof CaseCreated>['channel'], ChannelCode> = {
  selfservice: 'selfservice',
  attendance: 'attendance',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  api: 'system',
};

/** A case created: to be decided by its deadline, the case type's published processing time. */
export function caseStart(payload: Payload<typeof CaseCreated>): ItemStart {
  return {
    sourceKey: `case:${payload.caseId}`,
    metric: 'case-decided',
    service: { kind: 'case-type', code: payload.caseTypeCode },
    channel: caseChannels[payload.channel],
    departmentCode: payload.departmentCode ?? null,
    party: partyOf(payload),
    startedAt: new Date(payload.createdAt),
    deadline: payload.deadline ? new Date(payload.deadline) : undefined,
  };
}

/** A walk-in ticket: the wait from taking it to being called at a counter, at most the target's minutes. */
export function ticketStart(payload: Payload<typeof TicketServed>, departmentCode: string | null): ItemStart {
  return {
    sourceKey: `ticket:${payload.ticketId}`,
    metric: 'desk-wait',
    service: { kind: 'purpose', code: payload.purposeCode },
    channel: 'attendance',
    departmentCode,
    party: null,
    startedAt: new Date(payload.takenAt),
  };
}
