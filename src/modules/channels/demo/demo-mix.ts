import type { ChannelCode } from '../channel-codes.ts';

/** What the demo data needs of a purpose: its offered channels and the desired one. */
export interface DemoPurpose {
  code: string;
  desired: ChannelCode;
  offered: readonly ChannelCode[];
}

export interface DemoDay {
  purposeCode: string;
  channel: ChannelCode;
  day: string;
  count: number;
}

/** A small deterministic random source (the demo is the same on every machine). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Pure: per purpose, weekday and channel, a day's tally of contacts. The desired channel's share grows from
 * about 30 % on the first day to about 70 % on the last (the shift a channel strategy aims at), the rest spread
 * over the other offered channels; weekends are quiet.
 */
export function demoDays(purposes: readonly DemoPurpose[], days: readonly string[], random: () => number): DemoDay[] {
  const result: DemoDay[] = [];
  days.forEach((day, index) => {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) return;
    const progress = days.length > 1 ? index / (days.length - 1) : 1;
    for (const [position, purpose] of purposes.entries()) {
      const volume = Math.round((8 + ((position * 7) % 23)) * (0.7 + random() * 0.6));
      const others = purpose.offered.filter((channel) => channel !== purpose.desired);
      const desiredShare = others.length ? 0.3 + 0.4 * progress : 1;
      const desired = Math.round(volume * desiredShare);
      if (desired > 0) result.push({ purposeCode: purpose.code, channel: purpose.desired, day, count: desired });
      let rest = volume - desired;
      others.forEach((channel, at) => {
        const count = at === others.length - 1 ? rest : Math.round(rest * (0.4 + random() * 0.3));
        rest -= count;
        if (count > 0) result.push({ purposeCode: purpose.code, channel, day, count });
      });
    }
  });
  return result;
}
