import type { ChannelCode, InquiryType } from '../channel-codes.ts';

/** Why a contact was avoidable: the status was on "my cases", or a letter about it lay unread in Digital Post. */
export type FailureDemand = 'case-visible' | 'letter-unread';

/** The channels where a person asks staff, at a cost, what they could have read themselves. */
const askingChannels: readonly ChannelCode[] = ['phone', 'attendance'];

/** A digital letter counts as the reason for a contact this many days after it was sent. */
export const LETTER_WINDOW_DAYS = 14;
/** A closed case's status stays on "my cases"; a question about it within this many days is avoidable. */
export const CLOSED_CASE_WINDOW_DAYS = 30;

/** What the module knows of the person (learned from events) when staff register their contact. */
export interface PartyFacts {
  /** the person has a case visible on "my cases" (open, or closed within the window) */
  visibleCase: boolean;
  /** the person has an unread digital letter from the purpose's department, sent within the window */
  unreadLetter: boolean;
}

/**
 * Pure: is a contact failure demand? A phone or desk "status of my case" question while the case is on "my
 * cases"; or a phone or desk question to a department whose letter the person has not opened yet.
 */
export function failureDemandOf(
  contact: { channel: ChannelCode; inquiryType: InquiryType },
  facts: PartyFacts,
): FailureDemand | undefined {
  if (!askingChannels.includes(contact.channel)) return undefined;
  if (contact.inquiryType === 'case-status' && facts.visibleCase) return 'case-visible';
  if (facts.unreadLetter) return 'letter-unread';
  return undefined;
}
