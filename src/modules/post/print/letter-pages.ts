import { PageSizes, type PDFDocument, type PDFPage } from 'pdf-lib';
import { letterLabels } from './letter-labels.ts';
import {
  BODY_LEADING,
  BODY_SIZE,
  FOLLOWING_PAGE_TOP,
  type Fonts,
  GREY,
  LEFT,
  type Line,
  mm,
  PAGE_HEIGHT,
  RIGHT,
  SUBJECT_SIZE,
  SUBJECT_TOP,
} from './letter-layout.ts';
import type { PrintableLetter } from './printable-letter.ts';
import { printableText, wrapText } from './printable-text.ts';
import { bodyLines, paginate } from './letter-pagination.ts';
import { drawFirstPageHead } from './letter-first-page.ts';
import { drawText } from './pdf-text.ts';

/** Draws one letter on new pages: the first page's head, then the body page by page, each with its folio. */
export function drawLetter(pdf: PDFDocument, fonts: Fonts, letter: PrintableLetter) {
  const labels = letterLabels[letter.locale];
  const width = RIGHT - LEFT;
  const subject = wrapText(printableText(letter.subject, fonts.bold), fonts.bold, SUBJECT_SIZE, width);
  const firstBodyTop = SUBJECT_TOP + subject.length * (SUBJECT_SIZE + 4) + BODY_LEADING;
  // Paginate first, so that every page can say "page x of y".
  const pages = paginate(bodyLines(letter, fonts, labels, width), firstBodyTop);
  pages.forEach((pageLines, index) => {
    const page = pdf.addPage(PageSizes.A4);
    if (index === 0) drawFirstPageHead(page, fonts, letter, labels, subject);
    else drawRunningHead(page, fonts, letter, width);
    drawBody(page, fonts, pageLines, index === 0 ? firstBodyTop : FOLLOWING_PAGE_TOP);
    drawFolio(page, fonts, labels.page(index + 1, pages.length));
  });
}

/** On the following pages: sender and subject in small grey type, so a loose page can be matched to its letter. */
function drawRunningHead(page: PDFPage, fonts: Fonts, letter: PrintableLetter, width: number) {
  drawText(page, `${letter.sender.name} · ${letter.subject}`, {
    x: LEFT,
    top: mm(13),
    font: fonts.regular,
    size: 8,
    color: GREY,
    maxWidth: width,
  });
}

function drawBody(page: PDFPage, fonts: Fonts, lines: Line[], firstTop: number) {
  let top = firstTop;
  for (const line of lines) {
    drawText(page, line.text, { x: LEFT, top, font: line.bold ? fonts.bold : fonts.regular, size: BODY_SIZE });
    top += BODY_LEADING;
  }
}

/** "Page x of y", bottom right. */
function drawFolio(page: PDFPage, fonts: Fonts, folio: string) {
  drawText(page, folio, {
    x: RIGHT - fonts.regular.widthOfTextAtSize(folio, 8),
    top: PAGE_HEIGHT - mm(12),
    font: fonts.regular,
    size: 8,
    color: GREY,
  });
}
