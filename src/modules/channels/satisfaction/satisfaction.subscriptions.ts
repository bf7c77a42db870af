import { defineSubscription } from '#platform/events/subscription.ts';
import { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import { ChatClosed } from '#modules/frontdesk/frontdesk.events.ts';
import { InquiryRegistered } from '../channels.events.ts';
import type { ChannelCode } from '../channel-codes.ts';
import type { SatisfactionService } from './satisfaction.service.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;
// Its own queues (`channels-satisfaction.on.<event>`) beside the register's and the service levels': inviting must
// not wait on, or fail with, registering or measuring.
const module = 'channels-satisfaction';

const caseChannels: Record<string, ChannelCode> = {
  selfservice: 'selfservice',
  attendance: 'attendance',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  api: 'system',
};

/**
 * A contact that ended invites its person to the survey, once per contact (a retried event finds the invitation and
 * sends nothing): a desk or phone registration with a person, a web chat a staff member answered, a case closed.
 */
export const satisfactionSubscriptions = (satisfaction: SatisfactionService) => [
  defineSubscription({
    module,
    event: InquiryRegistered,
    handler: (payload, { executor }) => satisfaction.inviteAfterInquiry(executor, payload.inquiryId),
    ...options,
  }),
  defineSubscription({
    module,
    event: ChatClosed,
    async handler(payload, { executor }) {
      if (!payload.personId || !payload.staffResponded) return;
      await satisfaction.inviteForPurpose(executor, {
        sourceKey: `chat:${payload.conversationId}`,
        personId: payload.personId,
        purposeCode: payload.purposeCode,
        channel: 'web-chat',
        departmentCode: payload.departmentCode,
        at: new Date(payload.closedAt),
      });
    },
    ...options,
  }),
  defineSubscription({
    module,
    event: CaseCreated,
    async handler(payload, { executor }) {
      if (!payload.personId) return;
      const at = new Date(payload.createdAt);
      const channel = caseChannels[payload.channel] ?? 'system';
      await satisfaction.rememberCase(executor, { caseId: payload.caseId, personId: payload.personId, channel, at });
    },
    ...options,
  }),
  defineSubscription({
    module,
    event: CaseClosed,
    handler: (payload, { executor }) =>
      satisfaction.inviteAfterCase(executor, {
        caseId: payload.caseId,
        caseTypeCode: payload.caseTypeCode,
        departmentCode: payload.departmentCode,
        closedAt: new Date(payload.closedAt),
      }),
    ...options,
  }),
];
