import type { WorkflowDefinition } from '../workflow-definition.ts';
import { type Box, boxHeight, boxWidth, charactersPerLine } from './diagram-geometry.ts';
import type { Locale, Words } from './diagram-words.ts';
import { element, escapeXml, number } from './svg-elements.ts';

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

/** A state's box: a double border for an end state, a thick one for the current one, its label and a note under it. */
export function drawState(box: Box, workflow: WorkflowDefinition, locale: Locale, words: Words, currentState?: string) {
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
