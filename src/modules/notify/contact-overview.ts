import * as repository from './notify.repository.ts';
import type { ContactPointRow, Owner } from './notify.repository.ts';
import { formatDanishMobile } from './phone-number.ts';
import type { Channel } from './template-render.ts';
import type { ContactDeps, ContactOverview, ContactPointView } from './contact.types.ts';
import { MAX_CODE_ATTEMPTS } from './contact-verification.ts';

const show = (channel: Channel, address: string | null) =>
  address && channel === 'sms' ? formatDanishMobile(address) : address;

const toContactPoint = (row: ContactPointRow): ContactPointView => ({
  channel: row.channel,
  address: show(row.channel, row.address),
  verifiedAt: row.verified_at,
  pendingAddress: show(row.channel, row.pending_address),
  codeExpiresAt: row.code_expires_at,
  attemptsLeft: Math.max(0, MAX_CODE_ATTEMPTS - row.code_attempts),
});

/** What the owner sees of their register: contact points, choices per authority and the consent history. */
export async function contactOverview(
  { db, listAuthorities }: Pick<ContactDeps, 'db' | 'listAuthorities'>,
  owner: Owner,
): Promise<ContactOverview> {
  const [points, preferences, history, authorities] = await Promise.all([
    repository.listContactPoints(db, owner),
    repository.listPreferences(db, owner),
    repository.listConsentEvents(db, owner),
    listAuthorities(),
  ]);
  const byChannel = new Map(points.map((row) => [row.channel, toContactPoint(row)]));
  const chosen = new Map(preferences.map((row) => [row.authority_code, row]));
  return {
    points: { sms: byChannel.get('sms'), email: byChannel.get('email') },
    preferences: authorities.map((authority) => ({
      authority,
      sms: chosen.get(authority.code)?.sms ?? false,
      email: chosen.get(authority.code)?.email ?? false,
    })),
    history: history.map((row) => ({
      event: row.event,
      channel: row.channel,
      authorityCode: row.authority_code,
      occurredAt: row.occurred_at,
    })),
  };
}
