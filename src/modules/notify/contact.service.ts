import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Locale } from '#platform/i18n/i18n.ts';
import * as repository from './notify.repository.ts';
import type { ConsentEvent, ContactPointRow, Owner } from './notify.repository.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';
import { formatDanishMobile, parseDanishMobile } from './phone-number.ts';
import { contactOwnerOf } from './notify.policy.ts';
import type { Channel } from './template-render.ts';

export const CODE_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
/** New codes per owner per hour: a logged-in user cannot turn the register into an SMS cannon. */
export const MAX_CODES_PER_HOUR = 10;

export interface Authority {
  code: string;
  name: { da: string; en: string };
}
export interface ContactPointView {
  channel: Channel;
  /** the verified address as shown to its owner */
  address: string | null;
  verifiedAt: Date | null;
  pendingAddress: string | null;
  codeExpiresAt: Date | null;
  attemptsLeft: number;
}
export interface ContactOverview {
  points: Record<Channel, ContactPointView | undefined>;
  preferences: Array<{ authority: Authority; sms: boolean; email: boolean }>;
  history: Array<{ event: ConsentEvent; channel: Channel; authorityCode: string | null; occurredAt: Date }>;
}

export type RegisterResult = { ok: true } | { ok: false; field: 'address'; messageKey: string; status: number };
export type VerifyResult = { ok: true } | { ok: false; messageKey: string; values?: Record<string, number> };

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

export function ownerOf(principal: Principal): Owner {
  assertCan(principal, 'notify:contact');
  const owner = contactOwnerOf(principal);
  if (!owner) throw new HttpProblem(403, 'error.403.text');
  return owner;
}

const emailSchema = z.email().max(254);

/**
 * The contact register: a citizen's or business's mobile number and e-mail address (each confirmed with a
 * one-time code, stored only as a keyed hash), and per authority whether they want notifications by SMS
 * and/or e-mail. Every consent given or withdrawn is kept with its time.
 */
export class ContactService {
  constructor(
    private readonly deps: {
      db: Database;
      delivery: DeliveryService;
      templates: TemplateService;
      codeSecret: string;
      listAuthorities(): Promise<Authority[]>;
    },
  ) {}

  private codeHash(owner: Owner, channel: Channel, address: string, code: string): string {
    return createHmac('sha256', this.deps.codeSecret)
      .update(`${owner.kind}:${owner.id}:${channel}:${address}:${code}`)
      .digest('hex');
  }

  async overview(principal: Principal): Promise<ContactOverview> {
    const owner = ownerOf(principal);
    const [points, preferences, history, authorities] = await Promise.all([
      repository.listContactPoints(this.deps.db, owner),
      repository.listPreferences(this.deps.db, owner),
      repository.listConsentEvents(this.deps.db, owner),
      this.deps.listAuthorities(),
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

  /** Registers a new (or changed) number or address and sends it a code; the verified one keeps working meanwhile. */
  async register(principal: Principal, channel: Channel, input: string, locale: Locale): Promise<RegisterResult> {
    const owner = ownerOf(principal);
    let address: string;
    if (channel === 'sms') {
      const parsed = parseDanishMobile(input);
      if (!parsed.ok)
        return { ok: false, field: 'address', messageKey: `notify.contact.sms.${parsed.problem}`, status: 400 };
      address = parsed.e164;
    } else {
      const trimmed = input.trim().toLowerCase();
      if (!emailSchema.safeParse(trimmed).success)
        return { ok: false, field: 'address', messageKey: 'notify.contact.email.invalid', status: 400 };
      address = trimmed;
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const text = await this.deps.templates.render(
      { kind: 'verification', channel, locale },
      { code, minutes: String(CODE_MINUTES) },
    );
    try {
      await this.startVerification(owner, channel, address, code, text, locale);
    } catch (error) {
      // the same address again, or too many codes: told beside the field, like any other refusal
      if (error instanceof HttpProblem && (error.statusCode === 409 || error.statusCode === 429))
        return { ok: false, field: 'address', messageKey: error.messageKey, status: error.statusCode };
      throw error;
    }
    return { ok: true };
  }

  private async startVerification(
    owner: Owner,
    channel: Channel,
    address: string,
    code: string,
    text: { subject: string; text: string },
    locale: Locale,
  ): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const existing = await repository.findContactPoint(trx, owner, channel, { lock: true });
      if (existing?.address === address && existing.verified_at)
        throw new HttpProblem(409, 'notify.contact.alreadyVerified');
      const recent = (await repository.listConsentEvents(trx, owner, MAX_CODES_PER_HOUR)).filter(
        (event) => event.event === 'contact-registered' && Date.now() - event.occurred_at.getTime() < 3_600_000,
      );
      if (recent.length >= MAX_CODES_PER_HOUR) throw new HttpProblem(429, 'notify.contact.tooManyCodes');
      const point = await repository.upsertPendingAddress(trx, owner, channel, {
        address,
        codeHash: this.codeHash(owner, channel, address, code),
        expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
        locale,
      });
      await repository.insertConsentEvents(trx, [{ owner, event: 'contact-registered', channel }]);
      await this.deps.delivery.enqueue(trx, [
        {
          kind: 'verification',
          source_id: point.id,
          channel,
          contact_point_id: point.id,
          owner_kind: owner.kind,
          owner_id: owner.id,
          authority_code: 'borgerservice',
          recipient: address,
          subject: text.subject,
          text: text.text,
          provider_id: null,
          last_error: null,
          claimed_at: null,
          next_attempt_at: null,
          sent_at: null,
          delivered_at: null,
          failed_at: null,
        },
      ]);
    });
  }

  /** Checks the code: limited attempts, an expiry, compared in constant time against the stored hash. */
  async verify(principal: Principal, channel: Channel, input: string): Promise<VerifyResult> {
    const owner = ownerOf(principal);
    const code = input.replace(/\s/g, '');
    return this.deps.db.transaction().execute(async (trx): Promise<VerifyResult> => {
      const point = await repository.findContactPoint(trx, owner, channel, { lock: true });
      if (!point?.pending_address || !point.code_hash || !point.code_expires_at)
        return { ok: false, messageKey: 'notify.verify.nothingPending' };
      if (point.code_attempts >= MAX_CODE_ATTEMPTS) return { ok: false, messageKey: 'notify.verify.tooManyAttempts' };
      if (point.code_expires_at.getTime() < Date.now()) return { ok: false, messageKey: 'notify.verify.expired' };
      const expected = Buffer.from(point.code_hash, 'hex');
      const given = Buffer.from(this.codeHash(owner, channel, point.pending_address, code), 'hex');
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
  async savePreferences(
    principal: Principal,
    choices: Record<string, { sms: boolean; email: boolean }>,
  ): Promise<{ ok: true } | { ok: false; messageKey: string }> {
    const owner = ownerOf(principal);
    const authorities = await this.deps.listAuthorities();
    return this.deps.db.transaction().execute(async (trx) => {
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
  async recipientsFor(
    owner: Owner,
    authorityCode: string,
    executor: Executor = this.deps.db,
  ): Promise<Array<{ contactPointId: string; channel: Channel; address: string; locale: Locale }>> {
    const preference = await repository.findPreference(executor, owner, authorityCode);
    const points = await repository.listContactPoints(executor, owner);
    if (!preference) return [];
    return points
      .filter((row) => row.verified_at && row.address && preference[row.channel])
      .map((row) => ({ contactPointId: row.id, channel: row.channel, address: row.address!, locale: row.locale }));
  }
}
