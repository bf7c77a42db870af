import { engineText } from './engine-messages.ts';
import type { CaseResult, StateDefinition, WorkflowDefinition } from './workflow-definition.ts';

/**
 * A workflow drawn as an SVG for staff and system owners: states as boxes in layers (breadth-first from the initial
 * state), transitions as numbered arrows explained in a legend, end states with a double border and their result, the current state with a
 * thick border. It is an <svg role="img"> whose <title> and <desc> say in words what the picture shows, so a screen
 * reader user gets the same information. No randomness and no clock: the same workflow gives the same bytes.
 * Only presentation attributes are used (no style attributes), so the page's content security policy is respected.
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

/** Up to two lines of about `charactersPerLine` characters, broken at spaces; the rest is cut with an ellipsis (the <desc> has it all). */
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
  for (const [id, layer] of depth) (layers[layer] ??= []).push(id);
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

/**
 * The arrows carry a numbered badge and the numbers are explained in a legend under the states (label, from → to,
 * who may take it): long Danish labels written on the arrows themselves would overlap each other.
 */
export function workflowDiagramSvg(
  workflow: WorkflowDefinition,
  locale: Locale,
  options: { currentState?: string; idPrefix?: string } = {},
): string {
  const word = (key: string, values?: Record<string, string | number>) =>
    engineText(locale, `cases.engine.${key}`, values);
  const endNote = (result: CaseResult) => word('diagram.end', { result: word(`result.${result}`) });
  const id = escapeXml(options.idPrefix ?? `workflow-${workflow.code}`);
  const stateById = new Map(workflow.states.map((state) => [state.id, state]));
  const stateLabel = (stateId: string) => stateById.get(stateId)?.label[locale] ?? stateId;
  const layers = layersOf(workflow);
  const widest = Math.max(...layers.map((layer) => layer.length));
  const contentWidth = widest * boxWidth + (widest - 1) * columnGap;

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
  const statesHeight = layers.length * boxHeight + (layers.length - 1) * rowGap;

  const legend = workflow.transitions.map((transition, index) => {
    const who = transition.roles.map((role) => word(`role.${role}`)).join(', ');
    const automatic = transition.automatic ? `, ${word('diagram.automatic')}` : '';
    return `${index + 1}. ${transition.label[locale]}: ${transition.from.map(stateLabel).join(', ')} → ${stateLabel(transition.to)} (${who}${automatic})`;
  });
  const legendTop = margin + statesHeight + 40;
  const legendWidth = Math.max(...legend.map((line) => line.length * labelCharacterWidth), 0);
  const width = margin * 2 + Math.max(contentWidth, legendWidth);
  const height = legendTop + 24 + legend.length * 18 + margin;

  // where arrows leave and enter each box, spread so several arrows do not lie on top of each other
  const pairs = workflow.transitions.flatMap((transition, index) =>
    transition.from
      .filter((from) => boxes.has(from) && boxes.has(transition.to))
      .map((from) => ({
        transition,
        number: index + 1,
        from,
        forward: boxes.get(transition.to)!.layer > boxes.get(from)!.layer,
      })),
  );
  const count = (key: string, map: Map<string, number>) => map.set(key, (map.get(key) ?? 0) + 1).get(key)!;
  const totals = {
    out: new Map<string, number>(),
    in: new Map<string, number>(),
    backOut: new Map<string, number>(),
    backIn: new Map<string, number>(),
  };
  for (const pair of pairs) {
    if (pair.forward) count(pair.from, totals.out), count(pair.transition.to, totals.in);
    else count(pair.from, totals.backOut), count(pair.transition.to, totals.backIn);
  }
  const seen = {
    out: new Map<string, number>(),
    in: new Map<string, number>(),
    backOut: new Map<string, number>(),
    backIn: new Map<string, number>(),
  };
  /** forward arrows use the left four fifths of a box edge, backward ones the right fifth */
  const forwardX = (box: Box, index: number, total: number) =>
    box.x + 12 + ((index + 0.5) / total) * (boxWidth * 0.8 - 24);
  const backwardX = (box: Box, index: number, total: number) =>
    box.x + boxWidth * 0.8 + ((index + 0.5) / total) * (boxWidth * 0.2 - 8);

  const edges: string[] = [];
  const badges: string[] = [];
  for (const pair of pairs) {
    const source = boxes.get(pair.from)!;
    const target = boxes.get(pair.transition.to)!;
    let path: string;
    let badgeX: number;
    let badgeY: number;
    if (pair.forward) {
      const x1 = forwardX(source, count(pair.from, seen.out) - 1, totals.out.get(pair.from)!);
      const y1 = source.y + boxHeight;
      const x2 = forwardX(target, count(pair.transition.to, seen.in) - 1, totals.in.get(pair.transition.to)!);
      const y2 = target.y;
      path = `M${number(x1)},${number(y1)} C${number(x1)},${number(y1 + rowGap / 2)} ${number(x2)},${number(y2 - rowGap / 2)} ${number(x2)},${number(y2)}`;
      // near the start, inside the gap under the source row, so a badge never sits on a box
      [badgeX, badgeY] = [x1, y1 + 22];
    } else {
      // back up or sideways: leave at the top, arrive at the bottom (or the top, in the same row), curving through the gap
      const x1 = backwardX(source, count(pair.from, seen.backOut) - 1, totals.backOut.get(pair.from)!);
      const y1 = source.y;
      const x2 = backwardX(target, count(pair.transition.to, seen.backIn) - 1, totals.backIn.get(pair.transition.to)!);
      const sameRow = target.layer === source.layer;
      const y2 = sameRow ? target.y : target.y + boxHeight;
      const bend = sameRow ? -rowGap / 2 : rowGap / 2;
      path = `M${number(x1)},${number(y1)} C${number(x1)},${number(y1 - rowGap / 2)} ${number(x2)},${number(y2 + bend)} ${number(x2)},${number(y2)}`;
      [badgeX, badgeY] = [x1, y1 - 22];
    }
    edges.push(
      `<path d="${path}" fill="none" stroke="#4d4d4d" stroke-width="1.5"${pair.transition.automatic ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${id}-arrow)"/>`,
    );
    badges.push(
      `<g><circle cx="${number(badgeX)}" cy="${number(badgeY)}" r="9" fill="#ffffff" stroke="#4d4d4d"/>` +
        `<text x="${number(badgeX)}" y="${number(badgeY + 4)}" text-anchor="middle" font-size="11" fill="#1a1a1a">${pair.number}</text></g>`,
    );
  }

  const stateShapes = [...boxes.values()].map(({ state, x, y }) => {
    const current = state.id === options.currentState;
    const lines = wrap(state.label[locale]);
    const note = state.end
      ? endNote(state.end.result)
      : state.id === workflow.initialState
        ? word('diagram.start')
        : undefined;
    const textLines = note ? [...lines, note] : lines;
    const firstBaseline = y + boxHeight / 2 - ((textLines.length - 1) * 16) / 2 + 5;
    const shapes = [
      `<rect x="${number(x)}" y="${number(y)}" width="${boxWidth}" height="${boxHeight}" rx="6" fill="${current ? '#e6f0fa' : state.end ? '#f2f2f2' : '#ffffff'}" stroke="${current ? '#0059b3' : '#1a1a1a'}" stroke-width="${current ? 4 : 1.5}"/>`,
      ...(state.end
        ? [
            `<rect x="${number(x + 4)}" y="${number(y + 4)}" width="${boxWidth - 8}" height="${boxHeight - 8}" rx="4" fill="none" stroke="#1a1a1a" stroke-width="1"/>`,
          ]
        : []),
      ...textLines.map((line, index) => {
        const isNote = note !== undefined && index === textLines.length - 1;
        return `<text x="${number(x + boxWidth / 2)}" y="${number(firstBaseline + index * 16)}" text-anchor="middle" font-size="${isNote ? 11 : 13}"${current && !isNote ? ' font-weight="bold"' : ''}${isNote ? ' font-style="italic"' : ''} fill="#1a1a1a">${escapeXml(line)}</text>`;
      }),
    ];
    return `<g data-state="${escapeXml(state.id)}"${current ? ' data-current="true"' : ''}>${shapes.join('')}</g>`;
  });

  const legendLines = [
    `<text x="${margin}" y="${number(legendTop)}" font-size="13" font-weight="bold" fill="#1a1a1a">${escapeXml(word('diagram.transitions'))}</text>`,
    ...legend.map(
      (line, index) =>
        `<text x="${margin}" y="${number(legendTop + 22 + index * 18)}" font-size="12" fill="#1a1a1a">${escapeXml(line)}</text>`,
    ),
  ];

  const describeState = (state: StateDefinition) => {
    const notes = [
      state.id === workflow.initialState ? word('diagram.start') : undefined,
      state.end ? endNote(state.end.result) : undefined,
    ].filter(Boolean);
    return notes.length > 0 ? `${state.label[locale]} (${notes.join(', ')})` : state.label[locale];
  };
  const currentState = options.currentState ? stateById.get(options.currentState) : undefined;
  const description = [
    ...(currentState ? [word('diagram.current', { state: currentState.label[locale] })] : []),
    `${word('diagram.states')}: ${workflow.states.map(describeState).join('; ')}.`,
    `${word('diagram.transitions')}: ${legend.join('; ')}.`,
  ].join(' ');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${number(width)} ${number(height)}" width="${number(width)}" height="${number(height)}" font-family="IBM Plex Sans, Arial, sans-serif">`,
    `<title id="${id}-title">${escapeXml(word('diagram.title', { name: workflow.name[locale], version: workflow.version }))}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4d4d4d"/></marker></defs>`,
    ...edges,
    ...stateShapes,
    ...badges,
    ...legendLines,
    '</svg>',
  ].join('\n');
}
