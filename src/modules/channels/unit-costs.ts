import type { ChannelCode } from './channel-codes.ts';
import type { StarterPurpose } from './starter-purposes.ts';

/**
 * The default unit cost of a contact in a channel, by KL's channel-price method: minutes of staff time × the
 * hourly cost including overhead, plus what the channel itself costs per contact (postage, SMS, licences).
 * Administrators replace the figures per purpose with their own (a new strategy version).
 */
export const HOURLY_COST_ORE = 45_000; // 450 kr an hour, salary and overhead
const minutes: Record<ChannelCode, number> = {
  attendance: 15,
  phone: 8,
  letter: 12,
  email: 10,
  sms: 2,
  'web-chat': 8,
  video: 15,
  selfservice: 1,
  'digital-post': 6,
  system: 0,
};
const perContactOre: Record<ChannelCode, number> = {
  attendance: 0,
  phone: 200,
  letter: 1_200,
  email: 0,
  sms: 50,
  'web-chat': 100,
  video: 200,
  selfservice: 300,
  'digital-post': 50,
  system: 100,
};

export function defaultUnitCostOre(channel: ChannelCode): number {
  return Math.round((minutes[channel] * HOURLY_COST_ORE) / 60) + perContactOre[channel];
}

/** The first version of a starter purpose: the desired channel 80 %, the rest shared by the other offered ones. */
export function starterStrategy(purpose: StarterPurpose) {
  const offered = [...new Set<ChannelCode>([purpose.desired, 'phone', 'attendance', 'digital-post'])];
  const others = offered.length - 1;
  return offered.map((channel, index) => ({
    channel,
    offered: true,
    unitCostOre: defaultUnitCostOre(channel),
    targetPercent: index === 0 ? 80 : Math.floor(20 / others) + (index === 1 ? 20 % others : 0),
  }));
}
