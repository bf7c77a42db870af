import { engineText } from './engine-messages.ts';
import type { CaseResult, StateDefinition, WorkflowDefinition } from './workflow-definition.ts';

/**
 * A workflow drawn as an SVG for staff and system owners: states as boxes in layers (breadth-first from the initial
 * state), transitions as numbered arrows explained in a legend, end states with a double border and their result,
 * the current state with a thick border. It is an <svg role="img"> whose <title> and <desc> say in words what the
 * picture shows, so a screen reader user gets the same information. No randomness and no clock: the same workflow
 * gives the same bytes. Only presentation attributes are used (no style attributes), so the page's content security policy is respected.
 * Its words come from the engine's i18n catalogue (engine-messages.ts).
 */

type Locale = 'da' | 'en';

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  );

const boxWidth = 200;
const boxHeight = 64;
const columnGap = 48;
const rowGap = 88;
const margin = 24;
const charactersPerLine = 26;
const labelCharacterWidth = 6.6;

/**
 * Up to two lines of about `charactersPerLine` characters, broken at spaces; the rest is cut with an ellipsis
 * (the <desc> has it all).
 */
const wrap = (text: string): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > charactersPerLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [
    lines[0],
    second.length > charactersPerLine ? `${second.slice(0, charactersPerLine - 1).trimEnd()}…` : second,
  ];
};

/**
 * Layers: breadth-first depth from the initial state for the states that are not end states, then all end states in
 * one last row (so "withdraw" from many states does not pull an end state into the middle); states nothing leads to
 * (only in an invalid definition) go in a row of their own before the end states.
 */
const layersOf = (workflow: WorkflowDefinition): string[][] => {
  const isEnd = new Set(workflow.states.filter((state) => state.end).map((state) => state.id));
  const known = new Set(workflow.states.map((state) => state.id));
  const depth = new Map<string, number>();
  if (known.has(workflow.initialState) && !isEnd.has(workflow.initialState)) depth.set(workflow.initialState, 0);
  const queue = [...depth.keys()];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const transition of workflow.transitions) {
      if (
        transition.from.includes(current) &&
        known.has(transition.to) &&
        !isEnd.has(transition.to) &&
        !depth.has(transition.to)
      ) {
        depth.set(transition.to, depth.get(current)! + 1);
        queue.push(transition.to);
      }
    }
  }
  const layers: string[][] = [];
  for (const [id, layer] of depth) {
    layers[layer] ??= [];
    layers[layer].push(id);
  }
  const unreached = workflow.states.filter((state) => !state.end && !depth.has(state.id)).map((state) => state.id);
  if (unreached.length > 0) layers.push(unreached);
  const ends = workflow.states.filter((state) => state.end).map((state) => state.id);
  if (ends.length > 0) layers.push(ends);
  return layers.filter((layer) => layer && layer.length > 0);
};

interface Box {
  state: StateDefinition;
  x: number;
  y: number;
  layer: number;
}

const number = (value: number): string => String(Math.round(value));

type Attributes = Record<string, string | number | undefined>;

/** Attributes written in the order given; those `undefined` are left out. */
const written = (attributes: Attributes): string =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([attribute, value]) => ` ${attribute}="${value}"`)
    .join('');

/** An SVG element, empty or with content (already escaped). */
const element = (name: string, attributes: Attributes, content?: string): string =>
  content === undefined ? `<${name}${written(attributes)}/>` : `<${name}${written(attributes)}>${content}</${name}>`;

/** The words of one diagram, in its language, from the engine's catalogue. */
function wordsFor(locale: Locale) {
  const word = (key: string, values?: Record<string, string | number>) =>
    engineText(locale, `cases.engine.${key}`, values);
  return { word, endNote: (result: CaseResult) => word('diagram.end', { result: word(`result.${result}`) }) };
}
type Words = ReturnType<typeof wordsFor>;

/** Each layer a centred row of boxes, rows stacked top to bottom. */
function placeBoxes(layers: string[][], stateById: Map<string, StateDefinition>, contentWidth: number) {
  const boxes = new Map<string, Box>();
  layers.forEach((layer, layerIndex) => {
    const rowWidth = layer.length * boxWidth + (layer.length - 1) * columnGap;
    const left = margin + (contentWidth - rowWidth) / 2;
    layer.forEach((stateId, index) => {
      boxes.set(stateId, {
        state: stateById.get(stateId)!,
        x: left + index * (boxWidth + columnGap),
        y: margin + layerIndex * (boxHeight + rowGap),
        layer: layerIndex,
      });
    });
  });
  return boxes;
}

/** One drawn arrow: a transition from one of its `from` states, numbered as in the legend. */
interface Arrow {
  transition: WorkflowDefinition['transitions'][number];
  number: number;
  from: string;
  /** down the page (to a later layer); otherwise back up or sideways */
  forward: boolean;
}

/** Arrows leaving and entering boxes, by box: forward and backward ones counted apart. */
const arrowCounters = () => ({
  out: new Map<string, number>(),
  in: new Map<string, number>(),
  backOut: new Map<string, number>(),
  backIn: new Map<string, number>(),
});
const count = (key: string, map: Map<string, number>) => map.set(key, (map.get(key) ?? 0) + 1).get(key)!;

/** forward arrows use the left four fifths of a box edge, backward ones the right fifth */
const forwardX = (box: Box, index: number, total: number) =>
  box.x + 12 + ((index + 0.5) / total) * (boxWidth * 0.8 - 24);
const backwardX = (box: Box, index: number, total: number) =>
  box.x + boxWidth * 0.8 + ((index + 0.5) / total) * (boxWidth * 0.2 - 8);

/** Cubic curve from (x1, y1) to (x2, y2), leaving vertically by `out` and arriving vertically by `arrive`. */
function curve(x1: number, y1: number, x2: number, y2: number, out: number, arrive: number): string {
  const point = (x: number, y: number) => `${number(x)},${number(y)}`;
  return `M${point(x1, y1)} C${point(x1, y1 + out)} ${point(x2, y2 + arrive)} ${point(x2, y2)}`;
}

/**
 * The arrows as SVG paths and their numbered badges. Where several arrows leave or enter one box they are spread
 * along its edge, so they do not lie on top of each other.
 */
function drawArrows(arrows: Arrow[], boxes: Map<string, Box>, id: string) {
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

/** A state's box: a double border for an end state, a thick one for the current one, its label and a note under it. */
function drawState(box: Box, workflow: WorkflowDefinition, locale: Locale, words: Words, currentState?: string) {
  const { state, x, y } = box;
  const current = state.id === currentState;
  const lines = wrap(state.label[locale]);
  const note = state.end
    ? words.endNote(state.end.result)
    : state.id === workflow.initialState
      ? words.word('diagram.start')
      : undefined;
  const textLines = note ? [...lines, note] : lines;
  const firstBaseline = y + boxHeight / 2 - ((textLines.length - 1) * 16) / 2 + 5;
  const outline = element('rect', {
    x: number(x),
    y: number(y),
    width: boxWidth,
    height: boxHeight,
    rx: 6,
    fill: current ? '#e6f0fa' : state.end ? '#f2f2f2' : '#ffffff',
    stroke: current ? '#0059b3' : '#1a1a1a',
    'stroke-width': current ? 4 : 1.5,
  });
  // the inner border that makes an end state's box double
  const inner = { x: number(x + 4), y: number(y + 4), width: boxWidth - 8, height: boxHeight - 8, rx: 4 };
  const innerOutline = element('rect', { ...inner, fill: 'none', stroke: '#1a1a1a', 'stroke-width': 1 });
  const texts = textLines.map((line, index) => {
    const isNote = note !== undefined && index === textLines.length - 1;
    const attributes = {
      x: number(x + boxWidth / 2),
      y: number(firstBaseline + index * 16),
      'text-anchor': 'middle',
      'font-size': isNote ? 11 : 13,
      'font-weight': current && !isNote ? 'bold' : undefined,
      'font-style': isNote ? 'italic' : undefined,
      fill: '#1a1a1a',
    };
    return element('text', attributes, escapeXml(line));
  });
  const shapes = [outline, ...(state.end ? [innerOutline] : []), ...texts];
  const group = { 'data-state': escapeXml(state.id), 'data-current': current ? 'true' : undefined };
  return element('g', group, shapes.join(''));
}

/** What the picture shows, in words, for the <desc>: the current state, every state and every transition. */
function describeInWords(
  workflow: WorkflowDefinition,
  locale: Locale,
  words: Words,
  legend: string[],
  currentState?: StateDefinition,
): string {
  const describeState = (state: StateDefinition) => {
    const notes = [
      state.id === workflow.initialState ? words.word('diagram.start') : undefined,
      state.end ? words.endNote(state.end.result) : undefined,
    ].filter(Boolean);
    return notes.length > 0 ? `${state.label[locale]} (${notes.join(', ')})` : state.label[locale];
  };
  return [
    ...(currentState ? [words.word('diagram.current', { state: currentState.label[locale] })] : []),
    `${words.word('diagram.states')}: ${workflow.states.map(describeState).join('; ')}.`,
    `${words.word('diagram.transitions')}: ${legend.join('; ')}.`,
  ].join(' ');
}

/**
 * The arrows carry a numbered badge and the numbers are explained in a legend under the states (label, from → to,
 * who may take it): long Danish labels written on the arrows themselves would overlap each other.
 */
export function workflowDiagramSvg(
  workflow: WorkflowDefinition,
  locale: Locale,
  options: { currentState?: string; idPrefix?: string } = {},
): string {
  const words = wordsFor(locale);
  const { word } = words;
  const id = escapeXml(options.idPrefix ?? `workflow-${workflow.code}`);
  const stateById = new Map(workflow.states.map((state) => [state.id, state]));
  const stateLabel = (stateId: string) => stateById.get(stateId)?.label[locale] ?? stateId;
  const layers = layersOf(workflow);
  const widest = Math.max(...layers.map((layer) => layer.length));
  const contentWidth = widest * boxWidth + (widest - 1) * columnGap;
  const boxes = placeBoxes(layers, stateById, contentWidth);
  const statesHeight = layers.length * boxHeight + (layers.length - 1) * rowGap;

  const legend = workflow.transitions.map((transition, index) => {
    const who = transition.roles.map((role) => word(`role.${role}`)).join(', ');
    const automatic = transition.automatic ? `, ${word('diagram.automatic')}` : '';
    const from = transition.from.map(stateLabel).join(', ');
    return `${index + 1}. ${transition.label[locale]}: ${from} → ${stateLabel(transition.to)} (${who}${automatic})`;
  });
  const legendTop = margin + statesHeight + 40;
  const legendWidth = Math.max(...legend.map((line) => line.length * labelCharacterWidth), 0);
  const width = margin * 2 + Math.max(contentWidth, legendWidth);
  const height = legendTop + 24 + legend.length * 18 + margin;

  const arrows: Arrow[] = workflow.transitions.flatMap((transition, index) =>
    transition.from
      .filter((from) => boxes.has(from) && boxes.has(transition.to))
      .map((from) => ({
        transition,
        number: index + 1,
        from,
        forward: boxes.get(transition.to)!.layer > boxes.get(from)!.layer,
      })),
  );
  const { edges, badges } = drawArrows(arrows, boxes, id);
  const stateShapes = [...boxes.values()].map((box) => drawState(box, workflow, locale, words, options.currentState));
  const heading = { x: margin, y: number(legendTop), 'font-size': 13, 'font-weight': 'bold', fill: '#1a1a1a' };
  const legendLines = [
    element('text', heading, escapeXml(word('diagram.transitions'))),
    ...legend.map((line, index) => {
      const attributes = { x: margin, y: number(legendTop + 22 + index * 18), 'font-size': 12, fill: '#1a1a1a' };
      return element('text', attributes, escapeXml(line));
    }),
  ];
  const currentState = options.currentState ? stateById.get(options.currentState) : undefined;
  const description = describeInWords(workflow, locale, words, legend, currentState);
  const title = word('diagram.title', { name: workflow.name[locale], version: workflow.version });

  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    viewBox: `0 0 ${number(width)} ${number(height)}`,
    width: number(width),
    height: number(height),
    'font-family': 'IBM Plex Sans, Arial, sans-serif',
  };
  const arrowHead = {
    id: `${id}-arrow`,
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerWidth: 8,
    markerHeight: 8,
    orient: 'auto-start-reverse',
  };
  return [
    `<svg${written(root)}>`,
    element('title', { id: `${id}-title` }, escapeXml(title)),
    element('desc', { id: `${id}-desc` }, escapeXml(description)),
    element('defs', {}, element('marker', arrowHead, element('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#4d4d4d' }))),
    ...edges,
    ...stateShapes,
    ...badges,
    ...legendLines,
    '</svg>',
  ].join('\n');
}
