import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Locale } from '#platform/i18n/i18n.ts';
import * as repository from './notify.repository.ts';
import type { Owner } from './notify.repository.ts';
import { contactOwnerOf } from './notify.policy.ts';
import type { Channel } from './template-render.ts';
import type { ContactDeps, ContactOverview, RegisterResult, VerifyResult } from './contact.types.ts';
import { verifyCode } from './contact-verification.ts';
import { contactOverview } from './contact-overview.ts';
import { registerAddress } from './contact-registration.ts';
import { recipientsFor, savePreferences } from './contact-preferences.ts';

export type { Authority, ContactOverview, ContactPointView, RegisterResult, VerifyResult } from './contact.types.ts';

export function ownerOf(principal: Principal): Owner {
  assertCan(principal, 'notify:contact');
  const owner = contactOwnerOf(principal);
  if (!owner) throw new HttpProblem(403, 'error.403.text');
  return owner;
}

/**
 * The contact register: a citizen's or business's mobile number and e-mail address (each confirmed with a
 * one-time code, stored only as a keyed hash), and per authority whether they want notifications by SMS
 * and/or e-mail. Every consent given or withdrawn is kept with its time.
 */
export class ContactService {
  constructor(private readonly deps: ContactDeps) {}

  overview(principal: Principal): Promise<ContactOverview> {
    return contactOverview(this.deps, ownerOf(principal));
  }

  /** Registers a new (or changed) number or address and sends it a code; the verified one keeps working meanwhile. */
  register(principal: Principal, channel: Channel, input: string, locale: Locale): Promise<RegisterResult> {
    return registerAddress(this.deps, ownerOf(principal), channel, input, locale);
  }

  /** Checks the code: limited attempts, an expiry, compared in constant time against the stored hash. */
  verify(principal: Principal, channel: Channel, input: string): Promise<VerifyResult> {
    return verifyCode(this.deps, ownerOf(principal), channel, input);
  }

  /** Deletes the number or address; every choice to be notified on that channel is withdrawn with it. */
  async remove(principal: Principal, channel: Channel): Promise<void> {
    const owner = ownerOf(principal);
    await this.deps.db.transaction().execute(async (trx) => {
      const point = await repository.findContactPoint(trx, owner, channel, { lock: true });
      if (!point) throw new HttpProblem(404, 'notify.contact.none');
      await repository.deleteContactPoint(trx, point.id);
      const withdrawn = await repository.clearChannelPreferences(trx, owner, channel);
      await repository.insertConsentEvents(trx, [
        { owner, event: 'contact-deleted', channel },
        ...withdrawn.map((row) => ({
          owner,
          event: 'consent-withdrawn' as const,
          channel,
          authorityCode: row.authority_code,
        })),
      ]);
    });
  }

  /**
   * Saves the choices per authority. A channel can only be chosen with a verified contact point for it;
   * each change is recorded as consent given or withdrawn, with the time.
   */
  savePreferences(
    principal: Principal,
    choices: Record<string, { sms: boolean; email: boolean }>,
  ): Promise<{ ok: true } | { ok: false; messageKey: string }> {
    return savePreferences(this.deps, ownerOf(principal), choices);
  }

  /** The verified contact points of an owner that want notifications from this authority. */
  recipientsFor(
    owner: Owner,
    authorityCode: string,
    executor: Executor = this.deps.db,
  ): Promise<Array<{ contactPointId: string; channel: Channel; address: string; locale: Locale }>> {
    return recipientsFor(owner, authorityCode, executor);
  }
}
