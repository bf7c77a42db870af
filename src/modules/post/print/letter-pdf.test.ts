import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFString,
  PageSizes,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { renderLetterPdf, renderPrintBatchPdf, type PrintableLetter } from './letter-pdf.ts';

function aLetter(overrides: Partial<PrintableLetter> = {}): PrintableLetter {
  return {
    recipient: { name: 'Søren Ærø Østergård', address: 'Vestergade 12, 2. th.', postcode: '8000', city: 'Aarhus C' },
    sender: { name: 'Raadhus Kommune', department: 'Borgerservice', address: 'Rådhuspladsen 1, 8000 Aarhus C' },
    subject: 'Afgørelse om boligstøtte',
    body: 'Kære Søren\n\nDu får boligstøtte fra 1. januar 2027.\n\nMed venlig hilsen\nBorgerservice',
    date: new Date('2026-12-01T09:30:00Z'),
    reference: 'SAG-2026-000042',
    locale: 'da',
    ...overrides,
  };
}

const longBody = (paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, i) =>
      `Afsnit ${i + 1}. ${'Kommunen har behandlet din sag efter reglerne i lov om social service, og vi har lagt vægt på oplysningerne i din ansøgning. '.repeat(3)}`,
  ).join('\n\n');

/** Loads without letting pdf-lib overwrite the producer and dates (its default on load). */
const load = (bytes: Buffer) => PDFDocument.load(bytes, { updateMetadata: false });

/** The strings a page shows (its `<hex> Tj` operators) decoded from WinAnsi (Windows-1252), with where they
 * start in millimetres from the left and top edges (pdf-lib sets each line's position with a Tm just before). */
const winAnsi = new TextDecoder('windows-1252');
function shownLines(page: PDFPage): Array<{ text: string; left: number; top: number }> {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const toMm = (points: number) => (points * 25.4) / 72;
  const lines: Array<{ text: string; left: number; top: number }> = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const match of operators.matchAll(/(\S+) (\S+) Tm\s+<([0-9A-Fa-f]*)> Tj/g)) {
      lines.push({
        text: winAnsi.decode(Buffer.from(match[3], 'hex')),
        left: toMm(Number(match[1])),
        top: toMm(page.getHeight() - Number(match[2])),
      });
    }
  }
  return lines;
}
const shownText = (page: PDFPage) =>
  shownLines(page)
    .map((line) => `${line.text}\n`)
    .join('');

test('a short Danish letter is one valid A4 page with the subject as title', async () => {
  const letter = aLetter();
  const pdf = await load(await renderLetterPdf(letter));
  assert.equal(pdf.getPageCount(), 1);
  const { width, height } = pdf.getPage(0).getSize();
  assert.deepEqual([width, height], PageSizes.A4);
  assert.equal(pdf.getTitle(), 'Afgørelse om boligstøtte');
  assert.equal(pdf.getAuthor(), 'Raadhus Kommune');
  assert.equal(pdf.getCreationDate()?.toISOString(), letter.date.toISOString());
  assert.equal((pdf.catalog.get(PDFName.of('Lang')) as PDFString).decodeText(), 'da-DK');

  const text = shownText(pdf.getPage(0));
  for (const expected of [
    'Søren Ærø Østergård',
    'Vestergade 12, 2. th.',
    '8000 Aarhus C',
    'Afgørelse om boligstøtte',
    'Kære Søren',
    'Dato: 1. december 2026',
    'Vores reference: SAG-2026-000042',
    'Side 1 af 1',
    'Raadhus Kommune · Borgerservice · Rådhuspladsen 1 · 8000 Aarhus C',
  ]) {
    assert.ok(text.includes(expected), `page shows "${expected}"`);
  }
});

test('the recipient address and the return address sit in the envelope window (DIN 5008 B: 20–105 mm, 45–90 mm)', async () => {
  const lines = shownLines((await load(await renderLetterPdf(aLetter()))).getPage(0));
  for (const text of [
    'Raadhus Kommune · Borgerservice · Rådhuspladsen 1 · 8000 Aarhus C',
    'Søren Ærø Østergård',
    'Vestergade 12, 2. th.',
    '8000 Aarhus C',
  ]) {
    const line = lines.find((candidate) => candidate.text === text && candidate.left < 100);
    assert.ok(line, `"${text}" is printed on the left`);
    assert.ok(line.left >= 20 && line.left <= 30, `${text}: ${line.left} mm from the left`);
    assert.ok(line.top > 45 && line.top < 90, `${text}: ${line.top} mm from the top`);
  }
  const subject = lines.find((line) => line.text === 'Afgørelse om boligstøtte');
  assert.ok(subject && subject.top > 90, 'the subject is below the window');
});

test('the attachments heading is never left alone at the foot of a page', async () => {
  // one line more each time, so that the heading falls on every position around the page break once
  for (let count = 20; count <= 40; count++) {
    const body = Array.from({ length: count }, (_, index) => `Linje ${index + 1}`).join('\n');
    const pdf = await load(await renderLetterPdf(aLetter({ body, attachmentsNote: ['Beregning'] })));
    for (const page of pdf.getPages()) {
      const lines = shownLines(page).filter((line) => line.top < 280 && line.top > 20);
      if (lines.at(-1)?.text === 'Bilag:') assert.fail(`${count} lines: "Bilag:" ends a page`);
    }
    assert.ok(shownText(pdf.getPage(pdf.getPageCount() - 1)).includes('– Beregning'));
  }
});

test('a long body flows over more pages, numbered page x of y, without losing a line', async () => {
  const short = await load(await renderLetterPdf(aLetter({ body: longBody(3) })));
  const long = await load(await renderLetterPdf(aLetter({ body: longBody(30) })));
  const longer = await load(await renderLetterPdf(aLetter({ body: longBody(60) })));
  assert.equal(short.getPageCount(), 1);
  assert.ok(long.getPageCount() >= 3, `30 paragraphs need several pages, got ${long.getPageCount()}`);
  assert.ok(longer.getPageCount() > long.getPageCount());
  const pages = long.getPageCount();
  const allText = long.getPages().map(shownText).join('');
  assert.ok(shownText(long.getPage(pages - 1)).includes(`Side ${pages} af ${pages}`));
  for (let paragraph = 1; paragraph <= 30; paragraph++)
    assert.ok(allText.includes(`Afsnit ${paragraph}.`), `paragraph ${paragraph} is printed`);
});

test('an English letter uses English labels and date', async () => {
  const pdf = await load(
    await renderLetterPdf(
      aLetter({
        locale: 'en',
        subject: 'Decision on housing benefit',
        attachmentsNote: ['Calculation', 'How to complain'],
      }),
    ),
  );
  const text = shownText(pdf.getPage(0));
  for (const expected of [
    'Date: 1 December 2026',
    'Our reference: SAG-2026-000042',
    'Page 1 of 1',
    'Attachments:',
    '– Calculation',
    '– How to complain',
  ]) {
    assert.ok(text.includes(expected), `page shows "${expected}"`);
  }
  assert.equal((pdf.catalog.get(PDFName.of('Lang')) as PDFString).decodeText(), 'en-GB');
});

test('characters the standard font cannot encode are replaced, and the title keeps them', async () => {
  const subject = 'Brev til Łukasz Dvořák 😀';
  const pdf = await load(
    await renderLetterPdf(
      aLetter({
        subject,
        recipient: { name: 'Łukasz Dvořák', address: null, postcode: null, city: null },
        body: 'Tak for din henvendelse 🙂\ttabulator',
      }),
    ),
  );
  assert.equal(pdf.getTitle(), subject);
  const text = shownText(pdf.getPage(0));
  // (wrapping joins words with single spaces, so the tab's spaces collapse)
  assert.ok(text.includes('?ukasz Dvorák'));
  assert.ok(text.includes('Tak for din henvendelse ? tabulator'));
});

test('a letter with no postal address still renders (the caller decides whether it can be posted)', async () => {
  const pdf = await load(await renderLetterPdf(aLetter({ recipient: { name: 'Ida Jensen' }, reference: undefined })));
  assert.equal(pdf.getPageCount(), 1);
  assert.ok(!shownText(pdf.getPage(0)).includes('Vores reference'));
});

test('rendering the same letter twice gives the same bytes (safe to retry a print job)', async () => {
  assert.ok((await renderLetterPdf(aLetter())).equals(await renderLetterPdf(aLetter())));
});

test('a print batch has the pages of all its letters, each letter starting on a new page', async () => {
  const letters = [
    aLetter(),
    aLetter({ body: longBody(30), subject: 'Lang afgørelse' }),
    aLetter({ locale: 'en', subject: 'Reminder' }),
  ];
  const single = await Promise.all(
    letters.map(async (letter) => (await load(await renderLetterPdf(letter))).getPageCount()),
  );
  const batch = await load(await renderPrintBatchPdf(letters));
  assert.equal(batch.getPageCount(), single[0] + single[1] + single[2]);
  assert.equal(batch.getTitle(), 'Udskrivning af 3 breve');
  // each letter's first page is the one with the window address
  const firstPages = [0, single[0], single[0] + single[1]];
  for (const index of firstPages)
    assert.ok(shownText(batch.getPage(index)).includes('Søren Ærø Østergård'), `page ${index + 1} starts a letter`);
  assert.ok(shownText(batch.getPage(single[0])).includes(`Side 1 af ${single[1]}`));
  assert.ok(!shownText(batch.getPage(single[0] + 1)).includes('Søren Ærø Østergård'));
});

test('an empty print batch is refused', async () => {
  await assert.rejects(renderPrintBatchPdf([]), /at least one letter/);
});
