import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { isChannel } from './channel-codes.ts';

// The registration page's query and form, as typed; unchecked checkboxes are absent, so false.
const text = (max: number) => z.string().max(max).optional().default('');
const checked = z
  .string()
  .max(10)
  .optional()
  .transform((value) => value !== undefined);
export const RegisterQuery = z
  .object({
    q: text(100),
    channel: text(20),
    notice: z.enum(['registered', 'tallied', 'linkSent']).optional(),
    purpose: text(100),
    /** the contact just registered: its receipt offers to send the self-service link */
    inquiry: z.uuid().optional().catch(undefined),
  })
  .catch({ q: '', channel: '', purpose: '' });
export const RegisterBody = z.object({
  q: text(100),
  purpose: text(100),
  channel: text(20),
  cpr: text(20),
  resolved: checked,
  couldBeDigital: checked,
  digitalHelp: checked,
  note: text(500),
  callback: checked,
  callbackNote: text(500),
});

/** The channel preset: the one last used, else the front desk's counter or the phone line. */
export const presetChannel = (principal: Principal, chosen: string) =>
  isChannel(chosen) ? chosen : principal.roles.includes('front_desk') ? 'attendance' : 'phone';

/** The receipt's "send the link" form: the contact registered and the channel chosen. */
export const ServiceLinkBody = z
  .object({ inquiry: z.uuid(), linkChannel: text(20) })
  .catch({ inquiry: '00000000-0000-0000-0000-000000000000', linkChannel: '' });

export const TallyBody = z.object({ channel: text(20) }).catch({ channel: '' });
