import type { WorkflowDefinition } from './workflow-definition.ts';
import { arrowsOf, drawArrows } from './diagram/diagram-arrows.ts';
import { drawLegend, legendOf } from './diagram/diagram-legend.ts';
import { boxHeight, boxWidth, columnGap, labelCharacterWidth, margin, rowGap } from './diagram/diagram-geometry.ts';
import { layersOf, placeBoxes } from './diagram/diagram-layout.ts';
import { describeInWords, type Locale, wordsFor } from './diagram/diagram-words.ts';
import { drawState } from './diagram/state-box.ts';
import { element, escapeXml, number, written } from './diagram/svg-elements.ts';

/**
 * A workflow drawn as an SVG for staff and system owners: states as boxes in layers (breadth-first from the initial
 * state), transitions as numbered arrows explained in a legend, end states with a double border and their result,
 * the current state with a thick border. It is an <svg role="img"> whose <title> and <desc> say in words what the
 * picture shows, so a screen reader user gets the same information. No randomness and no clock: the same workflow
 * gives the same bytes. Only presentation attributes are used (no style attributes), so the page's content security policy is respected.
 * Its words come from the engine's i18n catalogue (engine-messages.ts); its parts are drawn by the files in diagram/.
 */

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

  const legend = legendOf(workflow, words, stateLabel);
  const legendTop = margin + statesHeight + 40;
  const legendWidth = Math.max(...legend.map((line) => line.length * labelCharacterWidth), 0);
  const width = margin * 2 + Math.max(contentWidth, legendWidth);
  const height = legendTop + 24 + legend.length * 18 + margin;

  const { edges, badges } = drawArrows(arrowsOf(workflow, boxes), boxes, id);
  const stateShapes = [...boxes.values()].map((box) => drawState(box, workflow, locale, words, options.currentState));
  const legendLines = drawLegend(legend, legendTop, words);
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
