import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Locale } from '#platform/i18n/i18n.ts';
import * as repository from './notify.repository.ts';
import type { Owner } from './notify.repository.ts';
import { parseDanishMobile } from './phone-number.ts';
import type { Channel } from './template-render.ts';
import type { ContactDeps, RegisterResult } from './contact.types.ts';
import { CODE_MINUTES, codeHash, MAX_CODES_PER_HOUR } from './contact-verification.ts';

const emailSchema = z.email().max(254);

/** Registers a new (or changed) number or address and sends it a code; the verified one keeps working meanwhile. */
export async function registerAddress(
  deps: ContactDeps,
  owner: Owner,
  channel: Channel,
  input: string,
  locale: Locale,
): Promise<RegisterResult> {
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
  const text = await deps.templates.render(
    { kind: 'verification', channel, locale },
    { code, minutes: String(CODE_MINUTES) },
  );
  try {
    await startVerification(deps, owner, channel, address, code, text, locale);
  } catch (error) {
    // the same address again, or too many codes: told beside the field, like any other refusal
    if (error instanceof HttpProblem && (error.statusCode === 409 || error.statusCode === 429))
      return { ok: false, field: 'address', messageKey: error.messageKey, status: error.statusCode };
    throw error;
  }
  return { ok: true };
}

async function startVerification(
  deps: ContactDeps,
  owner: Owner,
  channel: Channel,
  address: string,
  code: string,
  text: { subject: string; text: string },
  locale: Locale,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const existing = await repository.findContactPoint(trx, owner, channel, { lock: true });
    if (existing?.address === address && existing.verified_at)
      throw new HttpProblem(409, 'notify.contact.alreadyVerified');
    const recent = (await repository.listConsentEvents(trx, owner, MAX_CODES_PER_HOUR)).filter(
      (event) => event.event === 'contact-registered' && Date.now() - event.occurred_at.getTime() < 3_600_000,
    );
    if (recent.length >= MAX_CODES_PER_HOUR) throw new HttpProblem(429, 'notify.contact.tooManyCodes');
    const point = await repository.upsertPendingAddress(trx, owner, channel, {
      address,
      codeHash: codeHash(deps.codeSecret, owner, channel, address, code),
      expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
      locale,
    });
    await repository.insertConsentEvents(trx, [{ owner, event: 'contact-registered', channel }]);
    await deps.delivery.enqueue(trx, [
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
