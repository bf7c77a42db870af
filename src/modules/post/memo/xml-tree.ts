import { XMLParser } from 'fast-xml-parser';
import { MEMO_NAMESPACES, type MemoPrefix } from './memo-namespaces.ts';

/**
 * An XML element with its namespace resolved to MeMo's usual prefix (`memo`, `grd`, `kle`, …), whatever
 * prefixes the sending system chose. Text-only elements have `text`; others have `children`, in order.
 * This is how the parts of a MeMo message the platform does not act on are kept, unchanged, for export.
 */
export interface XmlElement {
  ns: MemoPrefix;
  name: string;
  text?: string;
  children?: XmlElement[];
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const prefixOf = new Map<string, MemoPrefix>(
  Object.entries(MEMO_NAMESPACES).map(([prefix, uri]) => [uri, prefix as MemoPrefix]),
);

/** Reads a document that the schema check has already passed (so every namespace is one MeMo knows). */
export function parseXmlTree(xml: string): XmlElement {
  const nodes = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false, // CPR numbers and ids stay strings with their leading zeros
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    htmlEntities: true, // character references (&#230;); xmllint has already refused any undeclared entity
  }).parse(xml.replace(/^\uFEFF/, '')) as OrderedNode[];
  const root = nodes.find((node) => Object.keys(node).some((key) => key !== ':@' && key !== '#text'));
  if (!root) throw new Error('no root element');
  return toElement(root, new Map());
}

function toElement(node: OrderedNode, scope: Map<string, string>): XmlElement {
  const qualified = Object.keys(node).find((key) => key !== ':@')!;
  const inner = new Map(scope);
  for (const [attribute, value] of Object.entries(node[':@'] ?? {})) {
    if (attribute === 'xmlns') inner.set('', value);
    else if (attribute.startsWith('xmlns:')) inner.set(attribute.slice(6), value);
  }
  const [prefix, name] = qualified.includes(':') ? qualified.split(':', 2) : ['', qualified];
  const ns = prefixOf.get(inner.get(prefix) ?? '') ?? 'memo';
  const content = node[qualified] as OrderedNode[];
  const elements = content.filter((child) => !('#text' in child));
  if (elements.length === 0) {
    const text = content.map((child) => String(child['#text'] ?? '')).join('');
    return { ns, name, text };
  }
  return { ns, name, children: elements.map((child) => toElement(child, inner)) };
}

/** The attributes of the root element as written (memoVersion, memoSchVersion). */
export function rootAttributes(xml: string): Record<string, string> {
  const start = /<(?:[\w.-]+:)?Message\b([^>]*)>/.exec(xml);
  const attributes: Record<string, string> = {};
  for (const match of (start?.[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    attributes[match[1]] = match[3] ?? match[4] ?? '';
  return attributes;
}

// ---- navigating ------------------------------------------------------------------------------------------

export const child = (element: XmlElement | undefined, name: string) =>
  element?.children?.find((candidate) => candidate.name === name);
export const childrenNamed = (element: XmlElement | undefined, name: string) =>
  element?.children?.filter((candidate) => candidate.name === name) ?? [];
/** The text of a child element; undefined when it is absent. */
export const textOf = (element: XmlElement | undefined, name: string) => {
  const found = child(element, name);
  return found ? (found.text ?? '') : undefined;
};

// ---- writing ---------------------------------------------------------------------------------------------

/** An element in the MeMo namespace (or another), with a text or children; undefined values are left out. */
export function element(name: string, content: string | Array<XmlElement | undefined>, ns: MemoPrefix = 'memo') {
  return typeof content === 'string'
    ? { ns, name, text: content }
    : { ns, name, children: content.filter((part): part is XmlElement => part !== undefined) };
}
/** An optional text element: absent when the value is. */
export const optional = (name: string, value: string | boolean | undefined, ns: MemoPrefix = 'memo') =>
  value === undefined ? undefined : element(name, String(value), ns);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One element per line, indented by two spaces; text is escaped, never reflowed. */
export function renderElement(node: XmlElement, depth = 0, rootAttributes = ''): string {
  const pad = '  '.repeat(depth);
  const tag = `${node.ns}:${node.name}`;
  if (!node.children) return `${pad}<${tag}${rootAttributes}>${escapeText(node.text ?? '')}</${tag}>\n`;
  const inner = node.children.map((part) => renderElement(part, depth + 1)).join('');
  return `${pad}<${tag}${rootAttributes}>\n${inner}${pad}</${tag}>\n`;
}
