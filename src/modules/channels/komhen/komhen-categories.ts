import type { ChannelCode, InquiryType } from '../channel-codes.ts';

/** KOMHEN's channel categories (KL's count-week form), from Raadhus's channels. */
export const komhenChannel: Record<ChannelCode, string> = {
  attendance: 'Personligt fremmøde',
  phone: 'Telefon',
  letter: 'Brev',
  email: 'E-mail',
  sms: 'SMS',
  'web-chat': 'Chat',
  video: 'Video',
  selfservice: 'Digital selvbetjening',
  'digital-post': 'Digital Post',
  system: 'Digital selvbetjening',
};

/** KOMHEN's inquiry types; failure demand overrides the purpose's own type (an avoidable contact). */
export type KomhenType = 'information' | 'transaction' | 'status' | 'failure-demand';
export const komhenType = (type: InquiryType | null, failureDemand: boolean): KomhenType =>
  failureDemand ? 'failure-demand' : type === 'case-status' ? 'status' : (type ?? 'information');

/** How the inquiry was closed, from the register's outcome. */
export type KomhenClosure = 'first-contact' | 'passed-on' | 'self-service' | 'not-completed';
export function komhenClosure(outcome: string, resolvedFirstContact: boolean | null): KomhenClosure {
  if (outcome === 'submitted') return 'self-service';
  if (outcome === 'abandoned') return 'not-completed';
  if (outcome === 'resolved' && resolvedFirstContact !== false) return 'first-contact';
  if (outcome === 'served') return 'first-contact'; // a visit served at the desk
  return 'passed-on';
}
