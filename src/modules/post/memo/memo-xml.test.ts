import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { MEMO_MAX_XML_BYTES, MemoValidationError, parseMemoXml, toMemoXml, validateMemoXml } from './memo-xml.ts';
import { memoFromMessage } from './letter-to-memo.ts';
import { letterFromMemo } from './memo-to-letter.ts';
import { caseReferenceOf, kleOf } from './memo-content-data.ts';
import type { AttachmentRow, MessageRow } from '../post.repository.ts';

const examples = new URL('./examples/', import.meta.url);
const example = (name: string) => readFile(new URL(name, examples), 'utf8');
const exampleNames = async () => (await readdir(examples)).filter((name) => name.endsWith('.xml')).sort();

test('the five official examples are there and each validates against the official XSDs', async () => {
  assert.deepEqual(await exampleNames(), [
    'MeMo_1.1_SF1601_kombi.xml',
    'MeMo_Full_Example.xml',
    'MeMo_Minimum_Example.xml',
    'MeMo_NemSMS.xml',
    'MeMo_with_attachment.xml',
  ]);
  for (const name of await exampleNames()) assert.deepEqual(await validateMemoXml(await example(name)), [], name);
});

test('each official example is written back as MeMo 1.2 that validates and reads the same, every field kept', async () => {
  for (const name of await exampleNames()) {
    const message = await parseMemoXml(await example(name));
    const xml = toMemoXml(message);
    assert.match(xml, /<memo:Message xmlns:memo="https:\/\/DigitalPost\.dk\/MeMo-1"[^>]* memoVersion="1\.2">/, name);
    assert.deepEqual(await validateMemoXml(xml), [], name);
    assert.deepEqual(await parseMemoXml(xml), message, name);
  }
});

test('prefixes are the sender’s choice: a default namespace or other prefixes read the same', async () => {
  const full = await example('MeMo_Full_Example.xml');
  const renamed = full
    .replace(/(<\/?)memo:/g, '$1')
    .replace('xmlns:memo="https://DigitalPost.dk/MeMo-1"', 'xmlns="https://DigitalPost.dk/MeMo-1"')
    .replace(/(<\/?)grd:/g, '$1ns7:')
    .replace('xmlns:grd=', 'xmlns:ns7=');
  assert.deepEqual(await validateMemoXml(renamed), []);
  assert.deepEqual(await parseMemoXml(renamed), await parseMemoXml(full));
});

test('the full example reads into what the post module acts on', async () => {
  const message = await parseMemoXml(await example('MeMo_Full_Example.xml'));
  assert.equal(message.label, 'Besked fra Børneforvaltningen');
  assert.equal(message.replyByDateTime, '2025-09-30T12:00:00Z');
  assert.equal(message.doNotDeliverUntilDate, '2025-09-15');
  assert.equal(message.mandatory, true);
  assert.equal(message.legalNotification, false);
  assert.equal(message.postType, 'MYNDIGHEDSPOST');
  assert.deepEqual(caseReferenceOf(message), { caseId: 'SAG-12345', caseSystem: 'Sagssystem 1234' });
  assert.deepEqual(kleOf(message), {
    subjectKey: '00.00.00',
    version: 'Maj 2018',
    activityFacet: '[Tekst]',
    label: '[KLE tekst]',
  });
  assert.equal(message.replyData.length, 2);
  assert.equal(message.replyData[1].additional[3].label, 'Att');
  assert.equal(message.body!.additionalDocuments.length, 2);
  assert.equal(message.body!.technicalDocuments[0].files[0].filename, 'TekniskDokument.xml');
  assert.equal(
    message.body!.additionalDocuments[1].actions[0].entryPointUrl,
    'https://registration.nemhandel.dk/NemHandelRegisterWeb/public/participant/info?key=5798009811578&keytype=GLN',
  );
  const letter = letterFromMemo(message);
  assert.equal(letter.id, '8c2ea15d-61fb-4ba9-9366-42f8b194c114');
  assert.equal(letter.body, 'This is a test');
  assert.deepEqual(
    letter.files.map((file) => file.filename),
    ['Pladsanvisning.pdf', 'Pladsanvisning.pdf', 'Praktiske oplysninger.doc', 'vejledning.pdf', 'TekniskDokument.xml'],
  );
  assert.deepEqual(letter.replyTo, ['8c2ea15d-61fb-4ba9-9366-42f8b194c657']);
  assert.equal(letter.deliverAfter?.toISOString(), '2025-09-14T23:00:00.000Z');
});

test('a letter written in the platform exports as valid MeMo 1.2: v4 UUID, UTC time with Z, case and department kept', async () => {
  const row = {
    id: '0b6a3f0e-5c1d-4f7a-9e2b-8d4c6a1f3e5b',
    subject: 'Afgørelse om boligstøtte & varmetillæg <2027>',
    body: 'Kære Søren\n\nDu får boligstøtte.\n\n"Citat" & <tegn>\n',
    notification_text: 'Du har fået en afgørelse',
    reply_allowed: true,
    case_id: 'SAG-2026-000042',
    department_code: 'ydelser',
    in_reply_to: null,
    created_at: new Date('2026-12-01T09:30:15.123+01:00'),
  } as MessageRow;
  const attachment = { filename: 'beregning.pdf', content_type: 'application/pdf', content: Buffer.from('%PDF-1.4') };
  const memo = memoFromMessage(
    row,
    [attachment as AttachmentRow],
    { kind: 'person', number: '0101901234', name: 'Søren Ærø' },
    { code: 'ydelser', name: 'Ydelser' },
  );
  const xml = toMemoXml(memo);
  assert.deepEqual(await validateMemoXml(xml), []);
  assert.match(xml, /<memo:createdDateTime>2026-12-01T08:30:15\.123Z<\/memo:createdDateTime>/);
  assert.match(xml, /<memo:label>Afgørelse om boligstøtte &amp; varmetillæg &lt;2027&gt;<\/memo:label>/);
  const back = letterFromMemo(await parseMemoXml(xml));
  assert.equal(back.body, row.body);
  assert.equal(back.caseId, 'SAG-2026-000042');
  assert.equal(back.departmentCode, 'ydelser');
  assert.equal(back.notificationText, 'Du har fået en afgørelse');
  assert.equal(back.replyAllowed, true);
  assert.deepEqual(back.recipient, { kind: 'cpr', number: '0101901234' });
  assert.deepEqual(back.files[0].content, attachment.content);
});

/** Each broken document names the line and the element it breaks. */
const broken: Array<{
  what: string;
  file?: string;
  breakIt: (xml: string) => string;
  line?: number;
  element?: string;
}> = [
  {
    what: 'a missing label',
    breakIt: (xml) => xml.replace(/\s*<memo:label>Pladsanvisning<\/memo:label>/, ''),
    line: 6,
    element: 'Sender',
  },
  {
    what: 'an unknown element',
    breakIt: (xml) => xml.replace('<memo:filename>', '<memo:size>3</memo:size><memo:filename>'),
    line: 22,
    element: 'size',
  },
  {
    what: 'a message type MeMo does not know',
    breakIt: (xml) => xml.replace('>DIGITALPOST<', '>BREV<'),
    line: 4,
    element: 'messageType',
  },
  {
    what: 'a UUID that is not version 4',
    breakIt: (xml) => xml.replace('8C2EA15D-61FB-4BA9', '8C2EA15D-61FB-1BA9'),
    line: 5,
    element: 'messageUUID',
  },
  {
    what: 'a local time without Z',
    breakIt: (xml) => xml.replace('2024-05-03T12:00:00Z', '2024-05-03T12:00:00+02:00'),
    line: 18,
    element: 'createdDateTime',
  },
  {
    what: 'the private namespace of old',
    breakIt: (xml) => xml.replace('https://DigitalPost.dk/MeMo-1', 'urn:raadhus:memo:1'),
    line: 2,
    element: 'Message',
  },
  {
    what: 'a version MeMo does not have',
    breakIt: (xml) => xml.replace(' memoVersion="1.2"', ' memoVersion="1"'),
    line: 2,
    element: 'Message',
  },
  {
    what: 'a missing memoVersion',
    breakIt: (xml) => xml.replace(' memoVersion="1.2"', ''),
    line: 2,
    element: 'Message',
  },
  {
    what: 'a 1.1 message without memoSchVersion',
    file: 'MeMo_1.1_SF1601_kombi.xml',
    breakIt: (xml) => xml.replace(' memoSchVersion="1.1.0"', ''),
    line: 2,
    element: 'Message',
  },
  {
    what: 'content that is not base64',
    breakIt: (xml) => xml.replace('VGhpcyBpcyBhIHRlc3Q=', 'VGhp!!!!'),
    line: 24,
    element: 'content',
  },
  {
    what: 'a DOCTYPE',
    breakIt: (xml) =>
      xml.replace('<memo:Message', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<memo:Message'),
    line: 2,
    element: 'DOCTYPE',
  },
  { what: 'another encoding', breakIt: (xml) => xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), line: 1 },
];

test('broken documents are refused naming the line and the element', async () => {
  // checked side by side (the validator runs two at a time)
  await Promise.all(
    broken.map(async ({ what, file, breakIt, line, element }) => {
      const xml = breakIt(await example(file ?? 'MeMo_Minimum_Example.xml'));
      const error = await parseMemoXml(xml).then(
        () => assert.fail(`${what}: accepted`),
        (refusal: unknown) => refusal,
      );
      assert.ok(error instanceof MemoValidationError, what);
      assert.equal(error.errors[0].line, line, `${what}: ${JSON.stringify(error.errors)}`);
      assert.equal(error.errors[0].element, element, `${what}: ${JSON.stringify(error.errors)}`);
    }),
  );
  const tooBig = 'x'.repeat(MEMO_MAX_XML_BYTES + 1);
  assert.match((await validateMemoXml(tooBig))[0].message, /at most/);
  assert.match((await validateMemoXml(''))[0].message, /empty/);
});

test('no CPR number or file content is echoed in an error', async () => {
  const xml = (await example('MeMo_Minimum_Example.xml')).replace(
    '<memo:idType>CPR</memo:idType>',
    '<memo:idType>CPR</memo:idType><memo:cpr>2211771212</memo:cpr>',
  );
  const errors = await validateMemoXml(xml);
  assert.ok(errors.length > 0);
  assert.doesNotMatch(JSON.stringify(errors), /2211771212/);
});
