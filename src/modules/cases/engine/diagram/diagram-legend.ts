import type { WorkflowDefinition } from '../workflow-definition.ts';
import { margin } from './diagram-geometry.ts';
import type { Words } from './diagram-words.ts';
import { element, escapeXml, number } from './svg-elements.ts';

/** The legend's lines, one per transition: number, label, from → to and who may take it. */
export function legendOf(
  workflow: WorkflowDefinition,
  words: Words,
  stateLabel: (stateId: string) => string,
): string[] {
  const { word, locale } = words;
  return workflow.transitions.map((transition, index) => {
    const who = transition.roles.map((role) => word(`role.${role}`)).join(', ');
    const automatic = transition.automatic ? `, ${word('diagram.automatic')}` : '';
    const from = transition.from.map(stateLabel).join(', ');
    return `${index + 1}. ${transition.label[locale]}: ${from} → ${stateLabel(transition.to)} (${who}${automatic})`;
  });
}

/** The legend under the states: its heading, then one text line per transition. */
export function drawLegend(legend: string[], legendTop: number, { word }: Words): string[] {
  const heading = { x: margin, y: number(legendTop), 'font-size': 13, 'font-weight': 'bold', fill: '#1a1a1a' };
  return [
    element('text', heading, escapeXml(word('diagram.transitions'))),
    ...legend.map((line, index) => {
      const attributes = { x: margin, y: number(legendTop + 22 + index * 18), 'font-size': 12, fill: '#1a1a1a' };
      return element('text', attributes, escapeXml(line));
    }),
  ];
}
