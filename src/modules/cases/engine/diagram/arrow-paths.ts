import { type Box, boxWidth } from './diagram-geometry.ts';
import { number } from './svg-elements.ts';

/** Arrows leaving and entering boxes, by box: forward and backward ones counted apart. */
export const arrowCounters = () => ({
  out: new Map<string, number>(),
  in: new Map<string, number>(),
  backOut: new Map<string, number>(),
  backIn: new Map<string, number>(),
});
export const count = (key: string, map: Map<string, number>) => map.set(key, (map.get(key) ?? 0) + 1).get(key)!;

/** forward arrows use the left four fifths of a box edge, backward ones the right fifth */
export const forwardX = (box: Box, index: number, total: number) =>
  box.x + 12 + ((index + 0.5) / total) * (boxWidth * 0.8 - 24);
export const backwardX = (box: Box, index: number, total: number) =>
  box.x + boxWidth * 0.8 + ((index + 0.5) / total) * (boxWidth * 0.2 - 8);

/** Cubic curve from (x1, y1) to (x2, y2), leaving vertically by `out` and arriving vertically by `arrive`. */
export function curve(x1: number, y1: number, x2: number, y2: number, out: number, arrive: number): string {
  const point = (x: number, y: number) => `${number(x)},${number(y)}`;
  return `M${point(x1, y1)} C${point(x1, y1 + out)} ${point(x2, y2 + arrive)} ${point(x2, y2)}`;
}
