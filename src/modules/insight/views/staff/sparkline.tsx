/** Pure: the points of a sparkline in a box of `width` × `height`, the lowest value at the bottom. */
export function sparklinePoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((value, index) => `${(index * step).toFixed(1)},${(height - ((value - min) / span) * height).toFixed(1)}`)
    .join(' ');
}

/**
 * A small line of the daily values, drawn on the server (no script). It is decoration beside the number it
 * belongs to: the values themselves are in the figure's page and its CSV, so screen readers skip the picture.
 */
export function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return '';
  return (
    <svg class="sparkline" width="160" height="32" viewBox="-2 -2 164 36" aria-hidden="true" focusable="false">
      <polyline points={sparklinePoints(values, 160, 32)} fill="none" stroke="#0059b3" stroke-width="2" />
    </svg>
  );
}
