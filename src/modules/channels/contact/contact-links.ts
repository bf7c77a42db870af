import type { ChannelCode } from '../channel-codes.ts';

/** A link for a purpose on a channel, or undefined when the channel does not serve that purpose there. */
export type ContactLinkProvider = (purposeCode: string) => Promise<string | undefined>;

/**
 * Where "Kontakt kommunen" sends a citizen on a channel that another module runs (web chat → the front desk's chat
 * page). The module that runs the channel requires channels and provides its link when it is built, so channels
 * never imports or requires it.
 */
export class ContactLinks {
  private readonly providers = new Map<ChannelCode, ContactLinkProvider>();

  provide(channel: ChannelCode, provider: ContactLinkProvider): void {
    this.providers.set(channel, provider);
  }

  /** The channels some module gives links for. */
  channels(): ChannelCode[] {
    return [...this.providers.keys()];
  }

  /** The links of the given channels for a purpose, by channel (channels without one are left out). */
  async linksFor(purposeCode: string, channels: readonly ChannelCode[]): Promise<Partial<Record<ChannelCode, string>>> {
    const links: Partial<Record<ChannelCode, string>> = {};
    for (const channel of channels) {
      const href = await this.providers.get(channel)?.(purposeCode);
      if (href) links[channel] = href;
    }
    return links;
  }
}
