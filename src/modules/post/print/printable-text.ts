/**
 * Text made printable with a PDF standard font. The standard fonts (Helvetica) only encode WinAnsi
 * (Windows-1252): Danish æøå are in it, but e.g. the Hungarian ő, Polish ł or an emoji are not, and pdf-lib
 * throws on them. A letter must still print, so such characters are replaced rather than refused.
 */

/** What a font can tell us: which code points it encodes, and how wide a text is. */
export interface MeasuringFont {
  getCharacterSet(): number[];
  widthOfTextAtSize(text: string, size: number): number;
}

export const REPLACEMENT_CHARACTER = '?';

const encodableByFont = new WeakMap<MeasuringFont, Set<number>>();

function encodable(font: MeasuringFont): Set<number> {
  let set = encodableByFont.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    encodableByFont.set(font, set);
  }
  return set;
}

/**
 * The text with every character the font cannot encode replaced: first by its base letter without accents
 * (ő → o, ł stays '?'), else by '?'. Tabs become spaces and other control characters are dropped; line
 * breaks (\n) are kept for the caller to split on.
 */
export function printableText(text: string, font: MeasuringFont): string {
  const supported = encodable(font);
  let result = '';
  for (const character of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const codePoint = character.codePointAt(0)!;
    if (character === '\n' || supported.has(codePoint)) result += character;
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0))
      continue; // control characters
    else result += baseLetter(character, supported) ?? REPLACEMENT_CHARACTER;
  }
  return result;
}

function baseLetter(character: string, supported: Set<number>): string | undefined {
  const base = character.normalize('NFD').replace(/\p{M}+/gu, '');
  if (base.length === 0 || base === character) return undefined;
  return [...base].every((c) => supported.has(c.codePointAt(0)!)) ? base : undefined;
}

/**
 * Wraps text into lines no wider than `maxWidth`. Paragraph breaks (\n) are kept, an empty line stays an
 * empty line, and a word longer than a whole line (a URL) is broken across lines rather than overflowing.
 */
export function wrapText(text: string, font: MeasuringFont, size: number, maxWidth: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w, i) => w.length > 0 || i === 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (!fits(rest)) {
        let cut = 1; // grow the piece while it fits: pieces are a line long, so this stays cheap for long words
        while (cut < rest.length - 1 && fits(rest.slice(0, cut + 1))) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
