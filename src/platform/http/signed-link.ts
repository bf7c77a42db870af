import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A signed, expiring token for a link that works without login: `<record id>.<expiry in epoch seconds>.<signature>`,
 * signed with the session secret under a purpose of its own (a token for one purpose is no token for another).
 * Nothing is stored; a changed id or expiry breaks the signature. The one helper for such links: the front desk's
 * manage link and openness's download link sign the same way, and new links use this.
 */
const sign = (purpose: string, secret: string, payload: string) =>
  createHmac('sha256', `${purpose}:${secret}`).update(payload).digest('base64url');

export function signedToken(purpose: string, secret: string, id: string, expiresAt: Date): string {
  const payload = `${id}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(purpose, secret, payload)}`;
}

export type SignedTokenCheck = { ok: true; id: string } | { ok: false; reason: 'invalid' | 'expired' };

/** The id the token was signed for; `invalid` when anything was changed, `expired` from its expiry on. */
export function checkSignedToken(purpose: string, secret: string, token: string, now: Date): SignedTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[0-9a-f-]{36}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]))
    return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(purpose, secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (Number(parts[1]) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, id: parts[0] };
}
