import { defineSubscription } from '#platform/events/subscription.ts';
import { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import { CaseClosed, CaseCreated, CaseDeadlineMissed } from '#modules/cases/cases.events.ts';
import { TicketServed } from '#modules/frontdesk/frontdesk.events.ts';
import type { PurposeService } from '../purpose.service.ts';
import { caseStart, inquiryStart, ticketStart } from './item-starts.ts';
import type { MeasurementService } from './measurement.service.ts';

const options = { retryLimit: 8, retryDelaySeconds: 10 } as const;
// Its own queues (`channels-service-levels.on.<event>`) beside the inquiry register's (`channels.on.<event>`): one
// module subscribes to an event once per queue, and measuring must not wait on, or fail with, registering.
const module = 'channels-service-levels';

/**
 * Service levels measure themselves from events: a message to a department and the department's next letter to
 * the party, a case created and decided or found past its deadline. Each handler is idempotent.
 */
export const serviceLevelSubscriptions = (measurement: MeasurementService, purposes: Pick<PurposeService, 'list'>) => [
  defineSubscription({
    module,
    event: TicketServed,
    async handler(payload, { executor }) {
      // a walk-in's wait from taking the ticket to being called, against "at most N minutes"
      const purpose = (await purposes.list(executor)).find((candidate) => candidate.code === payload.purposeCode);
      const start = ticketStart(payload, purpose?.departmentCode ?? null);
      await measurement.measureDone(start, new Date(payload.calledAt), executor);
    },
    ...options,
  }),
  defineSubscription({
    module,
    event: PostReplyReceived,
    handler: async (payload, { executor }) => void (await measurement.start(inquiryStart(payload), executor)),
    ...options,
  }),
  defineSubscription({
    module,
    event: PostMessageSent,
    async handler(payload, { executor }) {
      // a bulk letter answers no one's inquiry
      const partyId = payload.personId ?? payload.businessId;
      if (payload.bulkId || !partyId) return;
      await measurement.answered(partyId, payload.departmentCode, new Date(payload.sentAt), executor);
    },
    ...options,
  }),
  defineSubscription({
    module,
    event: CaseCreated,
    handler: async (payload, { executor }) => void (await measurement.start(caseStart(payload), executor)),
    ...options,
  }),
  defineSubscription({
    module,
    event: CaseClosed,
    handler: (payload, { executor }) => measurement.decided(payload.caseId, new Date(payload.closedAt), executor),
    ...options,
  }),
  defineSubscription({
    module,
    event: CaseDeadlineMissed,
    handler: (payload, { executor }) => measurement.deadlineMissed(payload.caseId, executor),
    ...options,
  }),
];
