import type { PDFPage } from 'pdf-lib';
import { letterDate, type LetterLabels } from './letter-labels.ts';
import {
  type Fonts,
  LEFT,
  type Line,
  mm,
  RIGHT,
  SENDER_COLUMN,
  SUBJECT_SIZE,
  SUBJECT_TOP,
  WINDOW_TOP,
} from './letter-layout.ts';
import type { PrintableLetter } from './printable-letter.ts';
import { printableText, wrapText } from './printable-text.ts';
import { addressLines, drawWindow } from './envelope-window.ts';
import { drawText } from './pdf-text.ts';

/** The first page's head: letterhead, the address in the envelope window, the sender column, the subject. */
export function drawFirstPageHead(
  page: PDFPage,
  fonts: Fonts,
  letter: PrintableLetter,
  labels: LetterLabels,
  subject: string[],
) {
  drawText(page, letter.sender.name, { x: LEFT, top: mm(22), font: fonts.bold, size: 15 });
  drawWindow(page, fonts, letter);
  drawSenderColumn(page, fonts, letter, labels);
  subject.forEach((text, index) => {
    drawText(page, text, {
      x: LEFT,
      top: SUBJECT_TOP + index * (SUBJECT_SIZE + 4),
      font: fonts.bold,
      size: SUBJECT_SIZE,
    });
  });
}

/** The right-hand column: sender, department and address, then the date and the reference. */
function drawSenderColumn(page: PDFPage, fonts: Fonts, letter: PrintableLetter, labels: LetterLabels) {
  const { sender } = letter;
  const column: Line[] = [
    { text: sender.name, bold: true },
    { text: sender.department },
    ...addressLines(sender.address).map((text) => ({ text })),
    { text: '' },
    { text: `${labels.date}: ${letterDate(letter.date, letter.locale)}` },
  ];
  if (letter.reference) column.push({ text: `${labels.reference}: ${letter.reference}` });
  let top = WINDOW_TOP + mm(3.5);
  for (const line of column) {
    const font = line.bold ? fonts.bold : fonts.regular;
    for (const text of wrapText(printableText(line.text, font), font, 9, RIGHT - SENDER_COLUMN)) {
      drawText(page, text, { x: SENDER_COLUMN, top, font, size: 9 });
      top += 12;
    }
  }
}
