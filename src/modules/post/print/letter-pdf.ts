import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { letterDate, letterLabels, pdfLanguage, type LetterLabels } from './letter-labels.ts';
import { printableText, wrapText } from './printable-text.ts';

/** A letter to print and post to a recipient who has no digital post (or is exempt from it). */
export interface PrintableLetter {
  recipient: { name: string; address?: string | null; postcode?: string | null; city?: string | null };
  sender: { name: string; department: string; address: string };
  subject: string;
  body: string;
  date: Date;
  reference?: string;
  locale: 'da' | 'en';
  attachmentsNote?: string[];
}

/** One letter as an A4 PDF: address in the envelope window, sender and date on the right, then subject and body. */
export async function renderLetterPdf(letter: PrintableLetter): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf);
  drawLetter(pdf, fonts, letter);
  setMetadata(pdf, {
    title: letter.subject,
    author: letter.sender.name,
    language: pdfLanguage(letter.locale),
    date: letter.date,
  });
  return Buffer.from(await pdf.save());
}

/** Many letters in one PDF for the print shop, each starting on a new page (numbered "page x of y" per letter). */
export async function renderPrintBatchPdf(letters: PrintableLetter[]): Promise<Buffer> {
  if (letters.length === 0) throw new RangeError('A print batch needs at least one letter');
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf);
  for (const letter of letters) drawLetter(pdf, fonts, letter);
  const latest = new Date(Math.max(...letters.map((letter) => letter.date.getTime())));
  setMetadata(pdf, {
    title: letterLabels.da.batchTitle(letters.length),
    author: letters[0].sender.name,
    language: 'da-DK',
    date: latest,
  });
  return Buffer.from(await pdf.save());
}

// ---- layout (DIN 5008 form B, which fits the Danish C5/C65 window envelopes) ---------------------------------

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const mm = (millimetres: number) => (millimetres * 72) / 25.4;
const LEFT = mm(25);
const RIGHT = PAGE_WIDTH - mm(20);
/** The window: 45 mm from the top, 20 mm from the left, 85 × 45 mm; its top 5 mm hold the return address. */
const WINDOW_TOP = mm(45);
const WINDOW_WIDTH = mm(80);
const SENDER_COLUMN = mm(125);
const SUBJECT_TOP = mm(98);
const FOLLOWING_PAGE_TOP = mm(25);
const BOTTOM = mm(25);
const BODY_SIZE = 11;
const BODY_LEADING = 15;
const SUBJECT_SIZE = 12.5;
const INK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}
interface Line {
  text: string;
  bold?: boolean;
  keepWithNext?: boolean;
}

async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  return {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
}

function setMetadata(pdf: PDFDocument, meta: { title: string; author: string; language: string; date: Date }) {
  // The title is stored as Unicode, so it is the subject exactly, even where the printed text had to replace a character.
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setCreator('Raadhus');
  pdf.setProducer('Raadhus');
  pdf.setLanguage(meta.language);
  // Dates from the letter, not the clock: rendering the same letter twice gives the same bytes.
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
}

function drawLetter(pdf: PDFDocument, fonts: Fonts, letter: PrintableLetter) {
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

/** The body's lines by page: the first page's body starts under the subject, the following pages near the top. */
function paginate(lines: Line[], firstBodyTop: number): Line[][] {
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

function bodyLines(letter: PrintableLetter, fonts: Fonts, labels: LetterLabels, width: number): Line[] {
  const wrapped = (text: string) => wrapText(printableText(text, fonts.regular), fonts.regular, BODY_SIZE, width);
  const lines: Line[] = wrapped(letter.body.trim()).map((text) => ({ text }));
  const attachments = (letter.attachmentsNote ?? []).filter((name) => name.trim());
  if (attachments.length > 0) {
    lines.push({ text: '' }, { text: `${labels.attachments}:`, bold: true, keepWithNext: true });
    for (const name of attachments) for (const text of wrapped(`– ${name.trim()}`)) lines.push({ text });
  }
  return lines;
}

/** The first page's head: letterhead, the address in the envelope window, the sender column, the subject. */
function drawFirstPageHead(
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

/** What shows through the envelope window: the return address, then the recipient's address (at most six lines). */
function drawWindow(page: PDFPage, fonts: Fonts, { sender, recipient }: PrintableLetter) {
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

/** The sender's address "Street 1, 8000 Town" (or with line breaks) becomes one line per part. Not used for the
 * recipient, whose "Vestergade 12, 2. th." belongs on one line. */
function addressLines(address: string): string[] {
  return address
    .split(/\n|,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Draws one line, `top` measured from the top edge to the baseline; too long text is cut with an ellipsis. */
function drawText(
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
