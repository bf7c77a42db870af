import { createHmac, timingSafeEqual } from 'node:crypto';
import * as repository from './notify.repository.ts';
import type { Owner } from './notify.repository.ts';
import type { Channel } from './template-render.ts';
import type { ContactDeps, VerifyResult } from './contact.types.ts';

export const CODE_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
/** New codes per owner per hour: a logged-in user cannot turn the register into an SMS cannon. */
export const MAX_CODES_PER_HOUR = 10;

/** A one-time code as stored: a keyed hash bound to its owner, channel and address. */
export function codeHash(secret: string, owner: Owner, channel: Channel, address: string, code: string): string {
  return createHmac('sha256', secret).update(`${owner.kind}:${owner.id}:${channel}:${address}:${code}`).digest('hex');
}

/** Checks the code: limited attempts, an expiry, compared in constant time against the stored hash. */
export async function verifyCode(
  { db, codeSecret }: Pick<ContactDeps, 'db' | 'codeSecret'>,
  owner: Owner,
  channel: Channel,
  input: string,
): Promise<VerifyResult> {
  const code = input.replace(/\s/g, '');
  return db.transaction().execute(async (trx): Promise<VerifyResult> => {
    const point = await repository.findContactPoint(trx, owner, channel, { lock: true });
    if (!point?.pending_address || !point.code_hash || !point.code_expires_at)
      return { ok: false, messageKey: 'notify.verify.nothingPending' };
    if (point.code_attempts >= MAX_CODE_ATTEMPTS) return { ok: false, messageKey: 'notify.verify.tooManyAttempts' };
    if (point.code_expires_at.getTime() < Date.now()) return { ok: false, messageKey: 'notify.verify.expired' };
    const expected = Buffer.from(point.code_hash, 'hex');
    const given = Buffer.from(codeHash(codeSecret, owner, channel, point.pending_address, code), 'hex');
    if (!/^\d{6}$/.test(code) || !timingSafeEqual(expected, given)) {
      const { code_attempts: attempts } = await repository.countFailedAttempt(trx, point.id);
      const left = MAX_CODE_ATTEMPTS - attempts;
      return left > 0
        ? { ok: false, messageKey: 'notify.verify.wrongCode', values: { left } }
        : { ok: false, messageKey: 'notify.verify.tooManyAttempts' };
    }
    await repository.confirmPendingAddress(trx, point.id);
    await repository.insertConsentEvents(trx, [{ owner, event: 'contact-verified', channel }]);
    return { ok: true };
  });
}
