/**
 * The key figures a benefit can be bound to, with their units. Until the insight module lands, governance measures
 * these itself from the post module's events (`post.message-sent`, counted once per event id); a figure's value for
 * a year is computed, never typed in.
 */
export const keyFigures = [
  { id: 'post.letters-printed', unit: 'letters' },
  { id: 'post.letters-digital', unit: 'letters' },
  { id: 'post.digital-share', unit: 'percent' },
] as const;
export type KeyFigureId = (typeof keyFigures)[number]['id'];
export const benefitUnits = ['letters', 'percent', 'hours', 'kroner', 'calls'] as const;

export const keyFigure = (id: string) => keyFigures.find((figure) => figure.id === id);

/** A figure's value in a year from the yearly counts (the digital share from the two letter counts). */
export function figureValue(id: string, counts: ReadonlyMap<string, number>): number | null {
  const printed = counts.get('post.letters-printed') ?? 0;
  const digital = counts.get('post.letters-digital') ?? 0;
  if (id === 'post.digital-share')
    return printed + digital === 0 ? null : Math.round((digital / (printed + digital)) * 1000) / 10;
  return counts.get(id) ?? 0;
}

/**
 * The realised gain of a benefit bound to a figure: how far the figure moved from the baseline towards the target
 * (a reduction when the target is below the baseline), and the deviation from the expected gain.
 */
export function realisedGain(baseline: number, target: number, measured: number) {
  const expected = Math.abs(target - baseline);
  const realised = target < baseline ? baseline - measured : measured - baseline;
  return { expected, realised, deviation: realised - expected };
}
