import type { WorkflowDefinition } from '../workflow-definition.ts';
import { type Box, boxHeight, rowGap } from './diagram-geometry.ts';
import { arrowCounters, backwardX, count, curve, forwardX } from './arrow-paths.ts';
import { element, number } from './svg-elements.ts';

/** One drawn arrow: a transition from one of its `from` states, numbered as in the legend. */
export interface Arrow {
  transition: WorkflowDefinition['transitions'][number];
  number: number;
  from: string;
  /** down the page (to a later layer); otherwise back up or sideways */
  forward: boolean;
}

/** One arrow for each `from` state of each transition between drawn boxes, numbered as the transitions are. */
export const arrowsOf = (workflow: WorkflowDefinition, boxes: Map<string, Box>): Arrow[] =>
  workflow.transitions.flatMap((transition, index) =>
    transition.from
      .filter((from) => boxes.has(from) && boxes.has(transition.to))
      .map((from) => ({
        transition,
        number: index + 1,
        from,
        forward: boxes.get(transition.to)!.layer > boxes.get(from)!.layer,
      })),
  );

/**
 * The arrows as SVG paths and their numbered badges. Where several arrows leave or enter one box they are spread
 * along its edge, so they do not lie on top of each other.
 */
export function drawArrows(arrows: Arrow[], boxes: Map<string, Box>, id: string) {
  const totals = arrowCounters();
  for (const arrow of arrows) {
    if (arrow.forward) {
      count(arrow.from, totals.out);
      count(arrow.transition.to, totals.in);
    } else {
      count(arrow.from, totals.backOut);
      count(arrow.transition.to, totals.backIn);
    }
  }
  const seen = arrowCounters();
  const edges: string[] = [];
  const badges: string[] = [];
  for (const arrow of arrows) {
    const source = boxes.get(arrow.from)!;
    const target = boxes.get(arrow.transition.to)!;
    const to = arrow.transition.to;
    let path: string;
    let badgeX: number;
    let badgeY: number;
    if (arrow.forward) {
      const x1 = forwardX(source, count(arrow.from, seen.out) - 1, totals.out.get(arrow.from)!);
      const y1 = source.y + boxHeight;
      const x2 = forwardX(target, count(to, seen.in) - 1, totals.in.get(to)!);
      path = curve(x1, y1, x2, target.y, rowGap / 2, -rowGap / 2);
      // near the start, inside the gap under the source row, so a badge never sits on a box
      [badgeX, badgeY] = [x1, y1 + 22];
    } else {
      // back up or sideways: leave at the top, arrive at the bottom (or the top, in the same row),
      // curving through the gap
      const x1 = backwardX(source, count(arrow.from, seen.backOut) - 1, totals.backOut.get(arrow.from)!);
      const y1 = source.y;
      const x2 = backwardX(target, count(to, seen.backIn) - 1, totals.backIn.get(to)!);
      const sameRow = target.layer === source.layer;
      const y2 = sameRow ? target.y : target.y + boxHeight;
      path = curve(x1, y1, x2, y2, -rowGap / 2, sameRow ? -rowGap / 2 : rowGap / 2);
      [badgeX, badgeY] = [x1, y1 - 22];
    }
    edges.push(
      element('path', {
        d: path,
        fill: 'none',
        stroke: '#4d4d4d',
        'stroke-width': 1.5,
        'stroke-dasharray': arrow.transition.automatic ? '6 4' : undefined, // automatic transitions are dashed
        'marker-end': `url(#${id}-arrow)`,
      }),
    );
    const [cx, cy] = [number(badgeX), number(badgeY)];
    const badgeText = { x: cx, y: number(badgeY + 4), 'text-anchor': 'middle', 'font-size': 11, fill: '#1a1a1a' };
    badges.push(
      element(
        'g',
        {},
        element('circle', { cx, cy, r: 9, fill: '#ffffff', stroke: '#4d4d4d' }) +
          element('text', badgeText, String(arrow.number)),
      ),
    );
  }
  return { edges, badges };
}
