/** Writing SVG as text: escaped words, whole-number coordinates and elements with their attributes. */

export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  );

export const number = (value: number): string => String(Math.round(value));

export type Attributes = Record<string, string | number | undefined>;

/** Attributes written in the order given; those `undefined` are left out. */
export const written = (attributes: Attributes): string =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([attribute, value]) => ` ${attribute}="${value}"`)
    .join('');

/** An SVG element, empty or with content (already escaped). */
export const element = (name: string, attributes: Attributes, content?: string): string =>
  content === undefined ? `<${name}${written(attributes)}/>` : `<${name}${written(attributes)}>${content}</${name}>`;
