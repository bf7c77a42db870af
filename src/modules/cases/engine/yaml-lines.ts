import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * The line (1-based) of the YAML text where a definition path (`workflow.transitions.3.to`) is written, so an
 * editor can show a validation reason against its line: the deepest part of the path that exists is used.
 */
export function lineOfPath(text: string, path: string): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length) return document.errors[0]?.linePos?.[0]?.line;
  const segments = path ? path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)) : [];
  for (let length = segments.length; length > 0; length--) {
    const node = document.getIn(segments.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
