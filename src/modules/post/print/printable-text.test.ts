import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { printableText, wrapText } from './printable-text.ts';

const helvetica = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

test('printable text keeps what WinAnsi encodes and replaces the rest', async () => {
  const font = await helvetica();
  const cases: Array<[string, string]> = [
    ['Kære Søren Åberg, ÆØÅ æøå', 'Kære Søren Åberg, ÆØÅ æøå'],
    ['Beløb: 1.250,00 € – “tak” • punkt', 'Beløb: 1.250,00 € – “tak” • punkt'],
    ['Dvořák Gödöllő', 'Dvorák Gödöllo'], // ř → r and ő → o; á and ö are in WinAnsi
    ['Łódź', '?ódz'], // Ł has no base letter in Unicode decomposition; ź → z
    ['Tak 😀!', 'Tak ?!'],
    ['a\tb', 'a    b'],
    ['linje 1\r\nlinje 2\rlinje 3', 'linje 1\nlinje 2\nlinje 3'],
    ['bell\u0007 and escape\u001b gone', 'bell and escape gone'],
    ['a\u0301', 'á'], // a decomposed accent is composed first (NFC)
  ];
  for (const [input, expected] of cases) {
    assert.equal(printableText(input, font), expected, JSON.stringify(input));
    assert.doesNotThrow(() => font.encodeText(printableText(input, font).replace(/\n/g, '')), input);
  }
});

test('wrapping keeps paragraphs and blank lines and never overflows the width', async () => {
  const font = await helvetica();
  const width = 200;
  const text = `Kære borger\n\n${'Vi har modtaget din ansøgning og behandler den hurtigst muligt. '.repeat(4)}\nhttps://raadhus.example/${'a'.repeat(150)}`;
  const lines = wrapText(text, font, 11, width);
  assert.equal(lines[0], 'Kære borger');
  assert.equal(lines[1], '');
  assert.ok(lines.length > 6);
  for (const line of lines) assert.ok(font.widthOfTextAtSize(line, 11) <= width, line);
  assert.equal(lines.join('').replace(/\s/g, ''), text.replace(/\s/g, ''), 'no character is lost');
});

test('a short line is one line and an empty text is one empty line', async () => {
  const font = await helvetica();
  assert.deepEqual(wrapText('Hej', font, 11, 200), ['Hej']);
  assert.deepEqual(wrapText('', font, 11, 200), ['']);
});
