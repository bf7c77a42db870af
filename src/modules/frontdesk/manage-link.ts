import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed link in a booking's receipt that lets whoever holds it see, move or cancel that one appointment
 * without logging in: `<appointment id>.<expiry in epoch seconds>.<signature>`, expiring when the visit starts.
 * Nothing is stored; a changed id or expiry breaks the signature.
 */
const sign = (secret: string, payload: string) =>
  createHmac('sha256', `frontdesk-manage:${secret}`).update(payload).digest('base64url');

export function manageToken(secret: string, appointmentId: string, expiresAt: Date): string {
  const payload = `${appointmentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type ManageTokenCheck = { ok: true; appointmentId: string } | { ok: false; reason: 'invalid' | 'expired' };

export function checkManageToken(secret: string, token: string, now: Date): ManageTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[0-9a-f-]{36}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]))
    return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (Number(parts[1]) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, appointmentId: parts[0] };
}
