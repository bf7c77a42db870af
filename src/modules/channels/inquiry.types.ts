import type { ChannelCode, Direction, Outcome } from './channel-codes.ts';

export type PartyKind = 'person' | 'business' | 'anonymous';
export type ActorKind = 'staff' | 'automated' | 'integration';

/** One contact for the register (Klantinteracties: contact, party, actor, the object it concerns). */
export interface InquiryInput {
  /** unique per contact: `event:<event id>`, `api:<client>:<external id>`, `staff:<uuid>` */
  sourceKey: string;
  source: 'event' | 'staff' | 'api' | 'import';
  purposeCode: string | null;
  channel: ChannelCode;
  direction: Direction;
  outcome: Outcome;
  occurredAt: Date;
  party: { kind: PartyKind; id?: string };
  actor: { kind: ActorKind; id?: string };
  departmentCode?: string;
  /** `inquiry`: a municipality-initiated contact about another one (the self-service link sent after it) */
  object?: {
    kind: 'case' | 'message' | 'draft' | 'submission' | 'inquiry' | 'appointment' | 'ticket' | 'conversation';
    id: string;
  };
  resolvedFirstContact?: boolean;
  couldBeDigital?: boolean;
  digitalHelp?: boolean;
  note?: string;
  /** why the contact was avoidable: its status was on "my cases", or a letter about it is unread */
  failureDemand?: 'case-visible' | 'letter-unread';
  /** a tally of anonymous contacts counts more than one */
  count?: number;
}

/** How an event's contact finds its purpose: by the self-service solution, the case type, or its own code. */
export type PurposeKey = { solutionCode: string } | { caseTypeCode: string } | { purposeCode: string } | null;

export interface EventContact {
  input: Omit<InquiryInput, 'purposeCode'>;
  purposeOf: PurposeKey;
}

/** A contact another system reports (the API): the register adds its source and actor. */
export type SystemInquiry = Omit<InquiryInput, 'source' | 'actor'>;
