import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { NotifyContract, PostContract } from '#platform/contracts.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { badRequest, notFound } from '#platform/http/problem.ts';
import { digitalNudge } from '../purpose.ts';
import type { PurposeService } from '../purpose.service.ts';
import { insertInquiries } from '../repository/inquiry.repository.ts';
import { findOwnPersonInquiry, linksSentFor } from '../repository/service-link.repository.ts';
import { serviceLinkLetter } from './service-link-letter.ts';

/** The ways the link goes out: through notify (SMS, e-mail) or as a letter to the digital mailbox (post). */
export const linkChannels = ['sms', 'email', 'digital-post'] as const;
export type LinkChannel = (typeof linkChannels)[number];

/** One way to send the link: possible, or why not (`notSignedUp`: exempt from or not signed up for digital post). */
export interface LinkChannelOffer {
  channel: LinkChannel;
  unavailable?: 'noContactPoint' | 'noConsent' | 'notSignedUp';
}

/** The receipt's offer: the self-service solution, and per channel whether the link can go there (or why not). */
export interface ServiceLinkOffer {
  inquiryId: string;
  name: string;
  href: string;
  channels: LinkChannelOffer[];
  /** channels the link was sent by already, for this contact */
  sent: string[];
}

const isLinkChannel = (value: string): value is LinkChannel => (linkChannels as readonly string[]).includes(value);

/**
 * Moving citizens to the desired channel: after registering a contact for a person whose purpose's desired
 * channel is digital, staff send the self-service link by SMS or e-mail (through notify, with the person's
 * verified contact point and consent for the purpose's department) or as a letter to the person's digital mailbox
 * (through post, when they are signed up for digital post), and the sending is registered as a
 * municipality-initiated contact about the first one. Each channel sends once per contact.
 */
export class ServiceLinkService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
    private readonly notify: Pick<NotifyContract, 'serviceLinkChannels' | 'sendServiceLink'>,
    private readonly post: Pick<PostContract, 'sendLetter' | 'receivesDigitalPost'>,
    /** this installation's address: the letter's link is absolute */
    private readonly publicUrl: string,
  ) {}

  /** The offer for a contact this staff member registered for a person; none for anything else. */
  async offer(actor: Principal, inquiryId: string): Promise<ServiceLinkOffer | undefined> {
    assertCan(actor, 'channels:register');
    return this.db.transaction().execute(async (trx) => {
      const found = await this.find(trx, actor, inquiryId);
      if (!found) return undefined;
      const { inquiry, purpose, nudge } = found;
      const notified = await this.notify.serviceLinkChannels(trx, actor, {
        personId: inquiry.party_id!,
        authorityCode: purpose.departmentCode,
      });
      const digital = await this.post.receivesDigitalPost({ personId: inquiry.party_id! }, trx);
      const channels: LinkChannelOffer[] = [
        ...notified,
        digital ? { channel: 'digital-post' } : { channel: 'digital-post', unavailable: 'notSignedUp' },
      ];
      return { inquiryId, ...nudge, channels, sent: await linksSentFor(trx, inquiryId) };
    });
  }

  /** Sends the link (refused with the reason when the channel is not possible) and registers the contact. */
  async send(actor: Principal, inquiryId: string, channel: string): Promise<void> {
    assertCan(actor, 'channels:register');
    await this.db.transaction().execute(async (trx) => {
      const found = await this.find(trx, actor, inquiryId);
      if (!found) throw notFound();
      if (!isLinkChannel(channel)) throw badRequest('channels.serviceLink.channelRequired');
      const { inquiry, purpose, nudge } = found;
      const personId = inquiry.party_id!;
      const contact = {
        sourceKey: `service-link:${inquiryId}:${channel}`,
        source: 'staff',
        purposeCode: purpose.code,
        channel,
        direction: 'outbound',
        outcome: 'sent',
        occurredAt: new Date(),
        party: { kind: 'person', id: personId },
        actor: { kind: 'staff', id: actor.id },
        object: { kind: 'inquiry', id: inquiryId },
      } as const;
      if (channel === 'digital-post') {
        if (!(await this.post.receivesDigitalPost({ personId }, trx)))
          throw badRequest('channels.serviceLink.refused.digital-post');
        // the contact first: its key makes a repeat (or a double click) send no second letter
        if ((await insertInquiries(trx, [contact])).length === 0) return;
        const letter = serviceLinkLetter(purpose.name.da, nudge.href, this.publicUrl);
        await this.post.sendLetter(trx, actor, { recipient: { personId }, ...letter });
        return;
      }
      const { queued } = await this.notify.sendServiceLink(trx, actor, {
        personId,
        authorityCode: purpose.departmentCode,
        purposeName: purpose.name,
        url: nudge.href,
        channel,
        sourceId: inquiryId,
      });
      if (!queued) return; // sent by this channel already: neither a second message nor a second contact
      await insertInquiries(trx, [contact]);
    });
  }

  private async find(executor: Executor, actor: Principal, inquiryId: string) {
    const inquiry = await findOwnPersonInquiry(executor, inquiryId, actor.id);
    if (!inquiry?.party_id) return undefined;
    const purpose = (await this.purposes.list(executor)).find((candidate) => candidate.code === inquiry.purpose_code);
    const nudge = digitalNudge(purpose);
    return purpose && nudge ? { inquiry, purpose, nudge } : undefined;
  }
}
