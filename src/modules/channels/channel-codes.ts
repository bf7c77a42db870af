/**
 * The fixed lists of the channel strategy: channels, inquiry types, directions and outcomes. Codes are stored;
 * texts come from the catalogue (`channels.channel.<code>` …).
 */
export const channelCodes = [
  'attendance',
  'phone',
  'letter',
  'email',
  'sms',
  'web-chat',
  'video',
  'selfservice',
  'digital-post',
  'system',
] as const;
export type ChannelCode = (typeof channelCodes)[number];

/** The channels a citizen uses on their own, without staff answering at the time. */
export const digitalChannels: readonly ChannelCode[] = ['selfservice', 'digital-post', 'system'];

export const inquiryTypes = ['information', 'transaction', 'case-status'] as const;
export type InquiryType = (typeof inquiryTypes)[number];

export const directions = ['inbound', 'outbound'] as const;
export type Direction = (typeof directions)[number];

/** The outcomes other systems may report through the API. */
export const outcomes = ['resolved', 'referred', 'started', 'submitted', 'abandoned', 'created', 'sent'] as const;
/** The front desk's: an appointment booked, a visit served, an appointment missed (from its events only). */
export const appointmentOutcomes = ['booked', 'served', 'missed'] as const;
export type Outcome = (typeof outcomes)[number] | (typeof appointmentOutcomes)[number];

/**
 * Registered but not contacts: a self-service draft started is a step (its submission or abandonment is the
 * contact), and a missed appointment is a citizen who did not come.
 */
export const notContacts: readonly Outcome[] = ['started', 'missed'];
export const countsAsContact = (outcome: string): boolean => !(notContacts as readonly string[]).includes(outcome);

export const isChannel = (value: string): value is ChannelCode => (channelCodes as readonly string[]).includes(value);

/** The purpose a one-click tally registers: an anonymous general-information question. */
export const GENERAL_INFORMATION = 'general-information';
