import type { Executor } from '#platform/db/database.ts';
import type { Locale } from '#platform/i18n/i18n.ts';
import * as repository from './notify.repository.ts';
import type { ConsentEvent, Owner } from './notify.repository.ts';
import type { Channel } from './template-render.ts';
import type { ContactDeps } from './contact.types.ts';

/**
 * Saves the choices per authority. A channel can only be chosen with a verified contact point for it;
 * each change is recorded as consent given or withdrawn, with the time.
 */
export async function savePreferences(
  { db, listAuthorities }: Pick<ContactDeps, 'db' | 'listAuthorities'>,
  owner: Owner,
  choices: Record<string, { sms: boolean; email: boolean }>,
): Promise<{ ok: true } | { ok: false; messageKey: string }> {
  const authorities = await listAuthorities();
  return db.transaction().execute(async (trx) => {
    const points = await repository.listContactPoints(trx, owner);
    const verified = new Set(points.filter((row) => row.verified_at && row.address).map((row) => row.channel));
    const current = new Map((await repository.listPreferences(trx, owner)).map((row) => [row.authority_code, row]));
    const events: Array<{ owner: Owner; event: ConsentEvent; channel: Channel; authorityCode: string }> = [];
    for (const authority of authorities) {
      const wanted = choices[authority.code] ?? { sms: false, email: false };
      for (const channel of ['sms', 'email'] as const)
        if (wanted[channel] && !verified.has(channel))
          return { ok: false as const, messageKey: `notify.preferences.noVerified.${channel}` };
      const before = current.get(authority.code) ?? { sms: false, email: false };
      if (before.sms === wanted.sms && before.email === wanted.email) continue;
      await repository.upsertPreference(trx, owner, authority.code, { sms: wanted.sms, email: wanted.email });
      for (const channel of ['sms', 'email'] as const) {
        if (before[channel] !== wanted[channel])
          events.push({
            owner,
            event: wanted[channel] ? 'consent-given' : 'consent-withdrawn',
            channel,
            authorityCode: authority.code,
          });
      }
    }
    await repository.insertConsentEvents(trx, events);
    return { ok: true as const };
  });
}

/** The verified contact points of an owner that want notifications from this authority. */
export async function recipientsFor(
  owner: Owner,
  authorityCode: string,
  executor: Executor,
): Promise<Array<{ contactPointId: string; channel: Channel; address: string; locale: Locale }>> {
  const preference = await repository.findPreference(executor, owner, authorityCode);
  const points = await repository.listContactPoints(executor, owner);
  if (!preference) return [];
  return points
    .filter((row) => row.verified_at && row.address && preference[row.channel])
    .map((row) => ({ contactPointId: row.id, channel: row.channel, address: row.address!, locale: row.locale }));
}
