import type { ChannelCode } from '../channel-codes.ts';
import type { Purpose } from '../purpose.ts';

/** The channels a citizen can choose themselves (a line-of-business system is not one). */
const citizenChannels: readonly ChannelCode[] = [
  'selfservice',
  'digital-post',
  'phone',
  'attendance',
  'email',
  'web-chat',
  'video',
  'sms',
  'letter',
];

export interface ContactWays {
  desired?: { channel: ChannelCode; href?: string };
  others: ChannelCode[];
}

/**
 * Pure: a purpose's ways to get in touch, the desired channel first (with its self-service link when it is
 * self-service), then the other offered channels in a fixed order, digital before personal.
 */
export function contactWays(purpose: Purpose): ContactWays {
  const desiredChannel = purpose.current?.desiredChannel;
  const offered = citizenChannels.filter((channel) => purpose.offered.includes(channel) || channel === desiredChannel);
  const desired =
    desiredChannel && citizenChannels.includes(desiredChannel)
      ? {
          channel: desiredChannel,
          ...(desiredChannel === 'selfservice' && purpose.selfserviceHref ? { href: purpose.selfserviceHref } : {}),
        }
      : undefined;
  return { desired, others: offered.filter((channel) => channel !== desired?.channel) };
}

/**
 * Pure: the ways with the channels that have a page of their own for the purpose (a web chat that answers it),
 * added after the others when the strategy does not list them yet.
 */
export function withLinkedChannels(ways: ContactWays, linked: readonly ChannelCode[]): ContactWays {
  const present = new Set([ways.desired?.channel, ...ways.others]);
  return { ...ways, others: [...ways.others, ...linked.filter((channel) => !present.has(channel))] };
}
