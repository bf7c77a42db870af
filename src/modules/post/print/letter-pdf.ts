import { PDFDocument, StandardFonts } from 'pdf-lib';
import { letterLabels, pdfLanguage } from './letter-labels.ts';
import type { Fonts } from './letter-layout.ts';
import { drawLetter } from './letter-pages.ts';
import type { PrintableLetter } from './printable-letter.ts';

export type { PrintableLetter };

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
