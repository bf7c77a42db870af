import { randomUUID } from 'node:crypto';
import type { Principal } from '#platform/auth/principal.ts';
import type { FieldProblem } from '#platform/http/problem.ts';
import { type ChannelCode, isChannel } from './channel-codes.ts';

/** What staff fill in at the desk or on the phone. */
export interface StaffRegistration {
  purposeCode: string;
  channel: string;
  cpr?: string;
  resolvedFirstContact: boolean;
  couldBeDigital: boolean;
  digitalHelp: boolean;
  note?: string;
  /** a callback is asked for: what to call about and where (the follow-up task's note) */
  callback?: { note: string };
}

/** Pure: a known purpose and a channel from the list. */
export function registrationProblems(
  form: Pick<StaffRegistration, 'purposeCode' | 'channel' | 'callback'>,
  known: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!known.has(form.purposeCode)) problems.push({ field: 'purpose', key: 'channels.register.purposeRequired' });
  if (!isChannel(form.channel)) problems.push({ field: 'channel', key: 'channels.register.channelInvalid' });
  if (form.callback && !form.callback.note.trim())
    problems.push({ field: 'callbackNote', key: 'channels.callbacks.noteRequired' });
  return problems;
}

/** A contact registered by a staff member now: inbound, by them, with a fresh source key. */
export const staffContact = (actor: Principal, purposeCode: string, channel: ChannelCode) => ({
  sourceKey: `staff:${randomUUID()}`,
  source: 'staff' as const,
  purposeCode,
  channel,
  direction: 'inbound' as const,
  outcome: 'resolved' as const,
  occurredAt: new Date(),
  actor: { kind: 'staff' as const, id: actor.id },
});
