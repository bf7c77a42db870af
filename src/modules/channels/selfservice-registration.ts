import type { EventMetadata } from '#platform/events/event.ts';
import type {
  SelfserviceAbandoned,
  SelfserviceStarted,
  SelfserviceSubmitted,
} from '#modules/selfservice/selfservice.events.ts';
import { base, type Payload } from './event-registration.ts';
import type { EventContact } from './inquiry.types.ts';

type SelfservicePayload =
  | Payload<typeof SelfserviceStarted>
  | Payload<typeof SelfserviceSubmitted>
  | Payload<typeof SelfserviceAbandoned>;

/** Pure: a self-service event as a contact in the self-service channel; its purpose by solution code. */
export function selfserviceContact(
  event: EventMetadata,
  outcome: 'started' | 'submitted' | 'abandoned',
  payload: SelfservicePayload,
): EventContact {
  const at = 'startedAt' in payload ? payload.startedAt : 'submittedAt' in payload ? payload.submittedAt : null;
  const object =
    'submissionId' in payload
      ? { kind: 'submission' as const, id: payload.submissionId }
      : { kind: 'draft' as const, id: payload.draftId };
  return {
    input: {
      ...base(event),
      channel: 'selfservice',
      direction: 'inbound',
      outcome,
      occurredAt: at ? new Date(at) : event.occurredAt,
      party: { kind: 'anonymous' },
      object,
    },
    purposeOf: { solutionCode: payload.solutionCode },
  };
}
