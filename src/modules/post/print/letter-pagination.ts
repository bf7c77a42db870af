import type { LetterLabels } from './letter-labels.ts';
import {
  BODY_LEADING,
  BODY_SIZE,
  BOTTOM,
  FOLLOWING_PAGE_TOP,
  type Fonts,
  type Line,
  PAGE_HEIGHT,
} from './letter-layout.ts';
import type { PrintableLetter } from './printable-letter.ts';
import { printableText, wrapText } from './printable-text.ts';

/** The body's lines by page: the first page's body starts under the subject, the following pages near the top. */
export function paginate(lines: Line[], firstBodyTop: number): Line[][] {
  const pages: Line[][] = [];
  let current: Line[] = [];
  let top = firstBodyTop;
  for (const line of lines) {
    const needed = line.keepWithNext ? 2 * BODY_LEADING : BODY_LEADING; // a heading is never last on a page
    if (top + needed > PAGE_HEIGHT - BOTTOM && current.length > 0) {
      pages.push(current);
      current = [];
      top = FOLLOWING_PAGE_TOP;
    }
    if (current.length === 0 && pages.length > 0 && line.text === '') continue; // no blank line at the top of a page
    current.push(line);
    top += BODY_LEADING;
  }
  pages.push(current);
  return pages;
}

/** The body's lines, wrapped to the page, then a list of the attachments. */
export function bodyLines(letter: PrintableLetter, fonts: Fonts, labels: LetterLabels, width: number): Line[] {
  const wrapped = (text: string) => wrapText(printableText(text, fonts.regular), fonts.regular, BODY_SIZE, width);
  const lines: Line[] = wrapped(letter.body.trim()).map((text) => ({ text }));
  const attachments = (letter.attachmentsNote ?? []).filter((name) => name.trim());
  if (attachments.length > 0) {
    lines.push({ text: '' }, { text: `${labels.attachments}:`, bold: true, keepWithNext: true });
    for (const name of attachments) for (const text of wrapped(`– ${name.trim()}`)) lines.push({ text });
  }
  return lines;
}
