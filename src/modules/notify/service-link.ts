import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { ServiceLink, ServiceLinkChannel } from '#platform/contracts.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { badRequest } from '#platform/http/problem.ts';
import { channels, looksLikeCpr } from './template-render.ts';
import * as repository from './notify.repository.ts';
import type { ContactService } from './contact.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { TemplateService } from './template.service.ts';
import type { NotifyDeps } from './new-post-notification.ts';

interface ServiceLinkServices {
  contacts: ContactService;
  delivery: DeliveryService;
  templates: TemplateService;
  deps: NotifyDeps;
}

/** SMS and e-mail, each possible or not: a verified contact point, and consent for the authority. */
async function channelsFor(executor: Executor, personId: string, authorityCode: string): Promise<ServiceLinkChannel[]> {
  const owner = { kind: 'citizen' as const, id: personId };
  const points = await repository.listContactPoints(executor, owner);
  const preference = await repository.findPreference(executor, owner, authorityCode);
  return channels.map((channel) => {
    const verified = points.some((row) => row.channel === channel && row.verified_at && row.address);
    if (!verified) return { channel, unavailable: 'noContactPoint' as const };
    return preference?.[channel] ? { channel } : { channel, unavailable: 'noConsent' as const };
  });
}

/** Staff see which channels can carry a self-service link; reading the person's register is audited. */
export async function serviceLinkChannels(
  executor: Executor,
  actor: Principal,
  request: { personId: string; authorityCode: string },
): Promise<ServiceLinkChannel[]> {
  assertCan(actor, 'notify:remind');
  await recordAudit(executor, {
    actor,
    action: 'notify:contact-read',
    personId: request.personId,
    purpose: 'offer a self-service link',
  });
  return channelsFor(executor, request.personId, request.authorityCode);
}

/**
 * Sends the link to a self-service solution through the module's delivery, in the caller's transaction.
 * The text is the template's with the purpose's name and the link: never a CPR number (the templates refuse
 * one, and no placeholder carries one).
 */
export async function sendServiceLink(
  { contacts, delivery, templates, deps }: ServiceLinkServices,
  executor: Executor,
  actor: Principal,
  link: ServiceLink,
): Promise<{ queued: boolean }> {
  assertCan(actor, 'notify:remind');
  const owner = { kind: 'citizen' as const, id: link.personId };
  const choice = (await channelsFor(executor, link.personId, link.authorityCode)).find(
    (candidate) => candidate.channel === link.channel,
  );
  if (!choice || choice.unavailable)
    throw badRequest(`notify.serviceLink.unavailable.${link.channel}.${choice?.unavailable ?? 'noContactPoint'}`);
  const target = (await contacts.recipientsFor(owner, link.authorityCode, executor)).find(
    (recipient) => recipient.channel === link.channel,
  );
  if (!target) throw badRequest(`notify.serviceLink.unavailable.${link.channel}.noConsent`);
  const [authority, recipientName] = await Promise.all([
    deps.authorityByCode(link.authorityCode),
    deps.recipientName({ personId: link.personId }, executor),
  ]);
  const rendered = await templates.render(
    { kind: 'service-link', channel: target.channel, locale: target.locale },
    {
      authorityName: authority?.name[target.locale] ?? link.authorityCode,
      purposeName: link.purposeName[target.locale],
      link: link.url.startsWith('/') ? `${deps.publicUrl}${link.url}` : link.url,
      recipientName,
    },
    executor,
  );
  // an administrator's purpose name could hold one; the message is refused rather than sent with it
  if (looksLikeCpr(rendered.text) || looksLikeCpr(rendered.subject)) throw badRequest('notify.serviceLink.cpr');
  const created = await delivery.enqueue(executor, [
    {
      kind: 'service-link',
      source_id: link.sourceId,
      channel: target.channel,
      contact_point_id: target.contactPointId,
      owner_kind: owner.kind,
      owner_id: owner.id,
      authority_code: link.authorityCode,
      recipient: target.address,
      subject: rendered.subject,
      text: rendered.text,
      provider_id: null,
      last_error: null,
      claimed_at: null,
      next_attempt_at: null,
      sent_at: null,
      delivered_at: null,
      failed_at: null,
    },
  ]);
  return { queued: created > 0 };
}
