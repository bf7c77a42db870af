import type { PDFFont, PDFPage, rgb } from 'pdf-lib';
import { INK, PAGE_HEIGHT } from './letter-layout.ts';
import { printableText } from './printable-text.ts';

/** Draws one line, `top` measured from the top edge to the baseline; too long text is cut with an ellipsis. */
export function drawText(
  page: PDFPage,
  text: string,
  options: { x: number; top: number; font: PDFFont; size: number; color?: ReturnType<typeof rgb>; maxWidth?: number },
) {
  let printable = printableText(text, options.font).replace(/\n/g, ' ');
  if (options.maxWidth && options.font.widthOfTextAtSize(printable, options.size) > options.maxWidth) {
    while (printable.length > 1 && options.font.widthOfTextAtSize(`${printable}…`, options.size) > options.maxWidth)
      printable = printable.slice(0, -1);
    printable = `${printable.trimEnd()}…`;
  }
  if (printable === '') return;
  page.drawText(printable, {
    x: options.x,
    y: PAGE_HEIGHT - options.top,
    font: options.font,
    size: options.size,
    color: options.color ?? INK,
  });
}
