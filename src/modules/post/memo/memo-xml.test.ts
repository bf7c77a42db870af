import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { MEMO_MAX_XML_BYTES, MemoValidationError, parseMemoXml, toMemoXml, validateMemoXml } from './memo-xml.ts';
import type { MemoMessage } from './memo-message.ts';

const sampleXml = () => readFile(new URL('./sample-memo.xml', import.meta.url), 'utf8');

/** A message with every optional part filled in; tests override what they are about. */
function aMessage(overrides: Partial<MemoMessage> = {}): MemoMessage {
  return {
    messageUuid: '0b6a3f0e-5c1d-4f7a-9e2b-8d4c6a1f3e5b',
    label: 'Afgørelse om boligstøtte & varmetillæg <2027>',
    notification: 'Du har fået en afgørelse fra Raadhus Kommune',
    reply: true,
    replyByDate: '2027-01-15',
    sender: { idType: 'CVR', id: '29189838', label: 'Raadhus Kommune', unit: 'BORGERSERVICE' },
    recipient: { idType: 'CPR', id: '0101901234', label: 'Søren Ærø Østergård' },
    caseReference: 'SAG-2026-000042',
    createdAt: new Date('2026-12-01T09:30:15.123Z'),
    mainDocument: {
      label: 'Afgørelse',
      files: [
        {
          filename: 'afgoerelse.txt',
          contentType: 'text/plain',
          language: 'da',
          content: Buffer.from('Kære Søren\n\nDu får boligstøtte.\n\n"Citat" & <tegn>\n', 'utf8'),
        },
      ],
    },
    additionalDocuments: [
      {
        label: 'Beregning',
        files: [
          { filename: 'beregning.pdf', contentType: 'application/pdf', language: 'da', content: randomBytes(4096) },
        ],
      },
      {
        label: 'Vejledning om klage',
        files: [
          {
            filename: 'klagevejledning.html',
            contentType: 'text/html',
            language: 'da',
            content: Buffer.from('<p>Klag inden 4 uger</p>'),
          },
          {
            filename: 'complaints.html',
            contentType: 'text/html',
            language: 'en',
            content: Buffer.from('<p>Complain within 4 weeks</p>'),
          },
        ],
      },
    ],
    ...overrides,
  };
}

test('the sample message validates against memo.xsd and reads into a message', async () => {
  const xml = await sampleXml();
  assert.deepEqual(await validateMemoXml(xml), []);
  const message = await parseMemoXml(xml);
  assert.equal(message.label, 'Kvittering for ansøgning om parkeringslicens');
  assert.deepEqual(message.recipient, { idType: 'CPR', id: '0101901234', label: 'Ida Jensen' });
  assert.deepEqual(message.sender, { idType: 'CVR', id: '29189838', label: 'Raadhus Kommune', unit: 'BORGERSERVICE' });
  assert.equal(message.reply, true);
  assert.equal(message.replyByDate, '2026-12-15');
  assert.equal(message.caseReference, 'SAG-2026-000123');
  assert.equal(message.createdAt.toISOString(), '2026-12-01T10:15:00.000Z');
  assert.match(message.mainDocument.files[0].content.toString('utf8'), /^Kære Ida Jensen/);
  assert.equal(message.additionalDocuments.length, 1);
});

test('toMemoXml → parseMemoXml gives back the same message, attachment bytes included', async () => {
  const message = aMessage();
  const xml = toMemoXml(message);
  assert.deepEqual(await validateMemoXml(xml), []);
  const parsed = await parseMemoXml(xml);
  assert.deepEqual(parsed, message);
  assert.ok(parsed.additionalDocuments[0].files[0].content.equals(message.additionalDocuments[0].files[0].content));
});

test('a message without the optional parts round-trips too, and empty optional texts are left out', async () => {
  const { notification, replyByDate, caseReference, ...required } = aMessage({ reply: false, additionalDocuments: [] });
  const minimal: MemoMessage = {
    ...required,
    sender: { idType: 'CVR', id: '29189838', label: 'Raadhus Kommune' },
    recipient: { idType: 'CVR', id: '12345678' },
  };
  assert.deepEqual(await parseMemoXml(toMemoXml(minimal)), minimal);
  const withEmpties = toMemoXml({ ...minimal, notification: '', caseReference: '' });
  assert.doesNotMatch(withEmpties, /notification|ContentData/);
  assert.deepEqual(await validateMemoXml(withEmpties), []);
});

test('a namespace prefix instead of the default namespace reads the same', async () => {
  const xml = (await sampleXml())
    .replace('xmlns="urn:raadhus:memo:1"', 'xmlns:memo="urn:raadhus:memo:1"')
    .replace(/<(\/?)(?=[A-Za-z])/g, '<$1memo:');
  assert.deepEqual(await parseMemoXml(xml), await parseMemoXml(await sampleXml()));
});

test('an empty file and base64 wrapped over lines are read as the validator accepts them', async () => {
  const bytes = randomBytes(300);
  const wrapped = bytes.toString('base64').replace(/.{76}/g, '$&\n');
  const message = aMessage({
    additionalDocuments: [
      {
        label: 'Tom',
        files: [
          { filename: 'tom.bin', contentType: 'application/octet-stream', language: 'da', content: Buffer.alloc(0) },
        ],
      },
    ],
  });
  const xml = toMemoXml(message).replace(message.mainDocument.files[0].content.toString('base64'), wrapped);
  const parsed = await parseMemoXml(xml);
  assert.ok(parsed.mainDocument.files[0].content.equals(bytes));
  assert.equal(parsed.additionalDocuments[0].files[0].content.length, 0);
});

/** Line (1-based) of the first line containing `needle`, to check the validator points at the right place. */
const lineContaining = (xml: string, needle: string) => xml.split('\n').findIndex((line) => line.includes(needle)) + 1;

const brokenDocuments: Array<{ name: string; breakIt: (xml: string) => string; expected: RegExp; lineOf?: string }> = [
  {
    name: 'missing label',
    breakIt: (xml) => xml.replace(/\s*<label>Kvittering for[^<]*<\/label>/, ''),
    expected:
      /Element '\{urn:raadhus:memo:1\}notification': This element is not expected\. Expected is \( \{urn:raadhus:memo:1\}label \)/,
    lineOf: '<notification>',
  },
  {
    name: 'bad CPR pattern',
    breakIt: (xml) => xml.replace('<recipientID>0101901234<', '<recipientID>12345<'),
    expected: /recipientID': '12345' is not a valid value of the union type/,
    lineOf: '<recipientID>',
  },
  {
    name: 'CPR with a hyphen (and the number is masked in the error)',
    breakIt: (xml) => xml.replace('<recipientID>0101901234<', '<recipientID>010190-1234<'),
    expected: /recipientID': 'xxxxxxxxxx' is not a valid value/,
    lineOf: '<recipientID>',
  },
  {
    name: 'CVR sender with nine digits',
    breakIt: (xml) => xml.replace('<senderID>29189838<', '<senderID>291898381<'),
    expected: /senderID': \[facet 'pattern'\]/,
    lineOf: '<senderID>',
  },
  {
    name: 'a CPR recipient with a CVR-length number',
    breakIt: (xml) => xml.replace('<recipientID>0101901234<', '<recipientID>12345678<'),
    expected: /^A CPR recipient needs a recipientID of 10 digits$/,
    lineOf: '<recipientID>',
  },
  {
    name: 'replyByDate without reply',
    breakIt: (xml) => xml.replace('<reply>true<', '<reply>false<'),
    expected: /^replyByDate is only allowed when reply is true$/,
    lineOf: '<replyByDate>',
  },
  {
    name: 'replyByDate with a time zone',
    breakIt: (xml) => xml.replace('<replyByDate>2026-12-15<', '<replyByDate>2026-12-15Z<'),
    expected: /replyByDate': \[facet 'pattern'\]/,
    lineOf: '<replyByDate>',
  },
  {
    name: 'notification over 160 characters',
    breakIt: (xml) => xml.replace(/<notification>[^<]*</, `<notification>${'a'.repeat(161)}<`),
    expected: /notification': \[facet 'maxLength'\]/,
    lineOf: '<notification>',
  },
  {
    name: 'unknown element',
    breakIt: (xml) => xml.replace('<reply>', '<priority>high</priority>\n    <reply>'),
    expected: /Element '\{urn:raadhus:memo:1\}priority': This element is not expected/,
    lineOf: '<priority>',
  },
  {
    name: 'main document that is an image',
    breakIt: (xml) => xml.replace('<encodingFormat>text/plain<', '<encodingFormat>image/png<'),
    expected: /encodingFormat': \[facet 'enumeration'\] The value 'image\/png' is not an element of the set/,
    lineOf: 'image/png',
  },
  {
    name: 'file name with a path',
    breakIt: (xml) => xml.replace('<filename>vilkaar.pdf<', '<filename>../../etc/passwd<'),
    expected: /filename': \[facet 'pattern'\]/,
    lineOf: 'passwd',
  },
  {
    name: 'content that is not base64',
    breakIt: (xml) => xml.replace(/<content>[^<]*<\/content>/, '<content>this is not base64!</content>'),
    expected: /content': 'this is not base64!' is not a valid value of the atomic type 'xs:base64Binary'/,
    lineOf: 'not base64',
  },
  {
    name: 'base64 that xmllint lets through',
    breakIt: (xml) => xml.replace(/(<AdditionalDocument>[\s\S]*<content>)[^<]*</, '$1QUJD!!!!<'),
    expected: /^The content of file 2 is not valid base64$/,
    lineOf: 'QUJD!!!!',
  },
  {
    name: 'wrong namespace',
    breakIt: (xml) => xml.replace('urn:raadhus:memo:1', 'urn:oio:memo:1'),
    expected: /Element '\{urn:oio:memo:1\}Message': No matching global declaration available for the validation root/,
    lineOf: '<Message',
  },
  {
    name: 'no namespace',
    breakIt: (xml) => xml.replace(' xmlns="urn:raadhus:memo:1"', ''),
    expected: /Element 'Message': No matching global declaration available/,
    lineOf: '<Message',
  },
  {
    name: 'missing memoVersion',
    breakIt: (xml) => xml.replace(' memoVersion="1"', ''),
    expected: /The attribute 'memoVersion' is required but missing/,
    lineOf: '<Message',
  },
  {
    name: 'unclosed element',
    breakIt: (xml) => xml.replace('</label>', ''),
    expected: /parser error : Opening and ending tag mismatch: label line \d+ and MessageHeader/,
    lineOf: '</MessageHeader>',
  },
  {
    name: 'not XML at all',
    breakIt: () => 'Kære borger, dette er ikke XML',
    expected: /parser error : Start tag expected, '<' not found/,
    lineOf: 'Kære',
  },
  {
    name: 'a declared encoding other than UTF-8',
    breakIt: (xml) => xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
    expected: /^Only UTF-8 encoded MeMo messages are accepted$/,
    lineOf: '<?xml',
  },
  { name: 'empty document', breakIt: () => '', expected: /^The document is empty$/ },
  {
    name: 'DOCTYPE with an entity (XXE)',
    breakIt: (xml) =>
      xml
        .replace('<Message', '<!DOCTYPE Message [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<Message')
        .replace('Ida Jensen</label>', '&xxe;</label>'),
    expected: /^DOCTYPE and ENTITY declarations are not allowed in a MeMo message/,
    lineOf: '<!DOCTYPE',
  },
];

for (const broken of brokenDocuments) {
  test(`a broken document is refused with the validator's error: ${broken.name}`, async () => {
    const xml = broken.breakIt(await sampleXml());
    const errors = await validateMemoXml(xml);
    assert.ok(errors.length > 0, 'expected errors');
    assert.ok(
      errors.some((error) => broken.expected.test(error.message)),
      `no error matched ${broken.expected}: ${JSON.stringify(errors)}`,
    );
    if (broken.lineOf)
      assert.equal(
        errors.find((error) => broken.expected.test(error.message))?.line,
        lineContaining(xml, broken.lineOf),
      );
    await assert.rejects(parseMemoXml(xml), (error: unknown) => {
      assert.ok(error instanceof MemoValidationError);
      assert.deepEqual(error.errors, errors);
      assert.match(error.message, /^The MeMo message is not valid: /);
      return true;
    });
  });
}

test('errors never echo the document: no CPR number and no quoted source line from xmllint', async () => {
  const xml = (await sampleXml())
    .replace('<recipientID>0101901234<', '<recipientID>0101901234X<')
    .replace('</Sender>', '</Sendr>');
  const errors = await validateMemoXml(xml);
  assert.ok(errors.length > 0);
  for (const error of errors) {
    assert.doesNotMatch(error.message, /0101901234/);
    assert.ok(error.line, `every reported error has a line: ${error.message}`);
  }
});

test('a byte order mark and a lower-case utf-8 declaration are fine', async () => {
  const xml = `\uFEFF${(await sampleXml()).replace('encoding="UTF-8"', "encoding='utf-8'")}`;
  assert.equal((await parseMemoXml(xml)).label, 'Kvittering for ansøgning om parkeringslicens');
});

test('many validations at once all finish with the right answer (they queue for xmllint)', async () => {
  const good = await sampleXml();
  const bad = good.replace('<recipientID>0101901234<', '<recipientID>1<');
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => validateMemoXml(i % 2 ? bad : good)));
  for (const [i, errors] of results.entries()) assert.equal(errors.length > 0, i % 2 === 1, `validation ${i}`);
});

test('a rejected long value is shortened in the error, not repeated whole', async () => {
  const xml = (await sampleXml()).replace('<filename>vilkaar.pdf<', `<filename>${'../'.repeat(60)}vilkaar.pdf<`);
  const [error] = await validateMemoXml(xml);
  assert.match(
    error.message,
    /filename': \[facet 'pattern'\] The value '(\.\.\/){20}…' is not accepted by the pattern/,
  );
  assert.ok(error.message.length < 250);
});

test('a document over the size limit is refused before it is parsed', async () => {
  const huge = 'x'.repeat(MEMO_MAX_XML_BYTES + 1);
  assert.deepEqual(await validateMemoXml(huge), [
    { message: `The document is ${MEMO_MAX_XML_BYTES + 1} bytes; at most ${MEMO_MAX_XML_BYTES} bytes are accepted` },
  ]);
  await assert.rejects(parseMemoXml(huge), MemoValidationError);
});

test('a message near the size limit (a 6 MB attachment) still validates and round-trips', async () => {
  const big = randomBytes(6 * 1024 * 1024);
  const message = aMessage({
    additionalDocuments: [
      {
        label: 'Stort bilag',
        files: [{ filename: 'bilag.pdf', contentType: 'application/pdf', language: 'da', content: big }],
      },
    ],
  });
  const xml = toMemoXml(message);
  assert.ok(Buffer.byteLength(xml) > 8 * 1024 * 1024 && Buffer.byteLength(xml) < MEMO_MAX_XML_BYTES);
  const parsed = await parseMemoXml(xml);
  assert.ok(parsed.additionalDocuments[0].files[0].content.equals(big));
});
