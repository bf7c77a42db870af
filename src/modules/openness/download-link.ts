import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A signed, expiring link to a decided request's delivered copy, for a requester known only by e-mail:
 * `<request id>.<expiry in epoch seconds>.<signature>`. Nothing is stored; a changed id or expiry breaks the signature.
 */
const sign = (secret: string, payload: string) =>
  createHmac('sha256', `openness-download:${secret}`).update(payload).digest('base64url');

export function downloadToken(secret: string, requestId: string, expiresAt: Date): string {
  const payload = `${requestId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type TokenCheck = { ok: true; requestId: string } | { ok: false; reason: 'invalid' | 'expired' };

export function checkDownloadToken(secret: string, token: string, now = new Date()): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[0-9a-f-]{36}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]))
    return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (Number(parts[1]) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, requestId: parts[0] };
}
