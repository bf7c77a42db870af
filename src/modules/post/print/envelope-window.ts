import type { PDFPage } from 'pdf-lib';
import { type Fonts, LEFT, mm, WINDOW_TOP, WINDOW_WIDTH } from './letter-layout.ts';
import type { PrintableLetter } from './printable-letter.ts';
import { drawText } from './pdf-text.ts';

/** What shows through the envelope window: the return address, then the recipient's address (at most six lines). */
export function drawWindow(page: PDFPage, fonts: Fonts, { sender, recipient }: PrintableLetter) {
  // The return address: one small line at the top of the window, so undeliverable letters come back.
  const returnAddress = [sender.name, sender.department, ...addressLines(sender.address)].join(' · ');
  drawText(page, returnAddress, {
    x: LEFT,
    top: WINDOW_TOP + mm(3.5),
    font: fonts.regular,
    size: 6.5,
    maxWidth: WINDOW_WIDTH,
  });
  const postTown = [recipient.postcode, recipient.city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const addressBlock = [recipient.name, ...(recipient.address ?? '').split('\n').map((part) => part.trim()), postTown]
    .filter(Boolean)
    .slice(0, 6);
  addressBlock.forEach((text, index) => {
    drawText(page, text, {
      x: LEFT,
      top: WINDOW_TOP + mm(10) + index * 12.5,
      font: fonts.regular,
      size: 10.5,
      maxWidth: WINDOW_WIDTH,
    });
  });
}

/** The sender's address "Street 1, 8000 Town" (or with line breaks) becomes one line per part. Not used for the
 * recipient, whose "Vestergade 12, 2. th." belongs on one line. */
export function addressLines(address: string): string[] {
  return address
    .split(/\n|,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}
