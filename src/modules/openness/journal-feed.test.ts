import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { TestClient } from '#test-support/http-client.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { integrationClient, personId, staffPrincipal, tinyPdf } from '#modules/cases/test-support/case-fixtures.ts';
import type { OpennessService } from './openness.service.ts';

/** The post list fed by the post and cases modules' events: letters on cases appear by themselves, by the rules. */
let app: TestApp;
let openness: OpennessService;
let administrator: Principal;
const system: Principal = { ...integrationClient, scopes: [...(integrationClient.scopes ?? []), 'post:send'] };
before(async () => {
  app = await startTestApp();
  openness = app.raadhus.services.openness;
  administrator = await staffPrincipal(app.raadhus, 'staff-admin-1');
});
after(() => app?.close());

const later = (days: number) => new Date(Date.now() + days * 86_400_000);

/** A case of `caseTypeCode` for a demo citizen, and a letter on it (named by its case number, as the cases module does). */
async function letterOnNewCase(caseTypeCode: string, subject: string, citizenIndex: number) {
  const { cases, post } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const applicant = { personId: await personId(app.raadhus, citizenIndex) };
  const created = await cases.createCase(db, integrationClient, {
    caseTypeCode,
    applicant,
    channel: 'api',
    fields: {},
  });
  const { messageId } = await post.sendLetter(db, system, {
    recipient: applicant,
    subject,
    body: `Kære borger. ${subject}.`,
    caseId: created.reference,
    replyAllowed: true,
  });
  return { ...created, messageId, applicant };
}

const entryFrom = (messageId: string) =>
  waitFor(
    async () =>
      (
        await sql<{
          id: string;
          case_reference: string;
          case_title: string;
          direction: string;
          party_category: string;
          party_name: string | null;
          department_code: string;
        }>`select * from openness_entries where source_message_id = ${messageId}`.execute(app.raadhus.database.db)
      ).rows[0],
    `the entry of letter ${messageId}`,
  );

test('a letter on a case appears by itself after the delay: case number, public title, direction, no citizen name', async () => {
  const sent = await letterOnNewCase('building-permit', 'Afgørelse om byggetilladelse til carport', 2);
  const entry = await entryFrom(sent.messageId);
  assert.equal(entry.case_reference, sent.reference);
  assert.equal(entry.case_title, 'Byggetilladelse', 'the case type’s name, never the case’s own title');
  assert.equal(entry.direction, 'out');
  assert.equal(entry.party_category, 'citizen');
  assert.equal(entry.party_name, null);

  // not before the delay (7 days), then on the list
  assert.deepEqual((await openness.postList.search({ reference: sent.reference })).entries, []);
  const shown = (await openness.postList.search({ reference: sent.reference }, later(8))).entries;
  assert.deepEqual(
    shown.map((item) => [item.caseReference, item.caseTitle, item.documentTitle, item.direction, item.partyName]),
    [[sent.reference, 'Byggetilladelse', 'Afgørelse om byggetilladelse til carport', 'out', null]],
  );
  // the citizen's name is no search word of the list
  const person = await app.raadhus.services.identity.getPerson(sent.applicant.personId);
  const surname = person!.name.split(' ').at(-1)!;
  assert.equal(
    (await openness.postList.search({ q: surname }, later(8))).entries.some(
      (item) => item.caseReference === sent.reference,
    ),
    false,
  );

  // the citizen's reply comes in on the same case; a redelivered event adds nothing
  const citizen: Principal = {
    kind: 'citizen',
    id: sent.applicant.personId,
    name: person!.name,
    roles: ['citizen'],
  };
  const replyId = await app.raadhus.services.post.reply(citizen, sent.messageId, { body: 'Tak for svaret.' });
  const reply = await entryFrom(replyId);
  assert.equal(reply.direction, 'in');
  assert.equal(reply.case_reference, sent.reference);
  const again = await openness.feed.letter(app.raadhus.database.db, {
    messageId: sent.messageId,
    caseId: sent.reference,
    personId: sent.applicant.personId,
    departmentCode: 'byg',
    at: new Date().toISOString(),
  });
  assert.equal(again, undefined);
  assert.equal((await openness.postList.search({ reference: sent.reference }, later(8))).entries.length, 2);
});

test('a letter of a social case never appears, even when its case type is closed after the letter was listed', async () => {
  const sent = await letterOnNewCase('housing-benefit', 'Afgørelse om boligstøtte', 3);
  await entryFrom(sent.messageId);
  // before the rule the letter would be listed ...
  assert.equal((await openness.postList.search({ reference: sent.reference }, later(8))).entries.length, 1);
  await openness.postList.closeCaseType(administrator, {
    caseTypeCode: 'housing-benefit',
    reason: 'Sociale forhold (offentlighedsloven § 30, nr. 1)',
  });
  // ... and from the rule on it is not: not in the list, the CSV's search, nor a request pointing at it
  assert.deepEqual((await openness.postList.search({ reference: sent.reference }, later(8))).entries, []);
  assert.deepEqual((await openness.postList.search({ q: 'boligstøtte' }, later(8))).entries, []);
  const audit = await sql<{ action: string; object_id: string }>`
    select action, object_id from audit_log where action = 'openness:rule' and object_id = 'housing-benefit'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(audit.rows.length, 1, 'the rule is audited');
  // a letter on the closed case type registered later stays off the list too
  const next = await letterOnNewCase('housing-benefit', 'Partshøring om boligstøtte', 4);
  await entryFrom(next.messageId);
  assert.deepEqual((await openness.postList.search({ reference: next.reference }, later(8))).entries, []);
});

test("a party's own request (forvaltningsloven § 9) brings every letter of their case, even a never-public one; no one else's", async () => {
  // housing-benefit is closed by the test above: its letters are never on the public list
  const sent = await letterOnNewCase('housing-benefit', 'Afgørelse om boligstøtte til partsaktindsigt', 5);
  const entry = await entryFrom(sent.messageId);
  assert.deepEqual((await openness.postList.search({ reference: sent.reference }, later(8))).entries, []);
  const db = app.raadhus.database.db;
  const requests = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from openness_requests`.execute(db)).rows[0].n);
  const before = await requests();
  const stranger: Principal = { kind: 'citizen', id: await personId(app.raadhus, 2), name: 'B', roles: ['citizen'] };
  const refused = await openness.requests
    .submit(stranger, { entryIds: [], description: '', kind: 'party', caseReference: sent.reference })
    .catch((error) => error);
  assert.equal(refused.statusCode, 400);
  assert.deepEqual(
    refused.errors.map((problem: { field: string; message: string }) => [problem.field, problem.message]),
    [['caseReference', 'openness.request.error.ownCase']],
    "another citizen cannot reach someone else's case",
  );
  const party: Principal = { kind: 'citizen', id: sent.applicant.personId, name: 'A', roles: ['citizen'] };
  const asPublic = await openness.requests
    .submit(party, { entryIds: [], description: '', kind: 'public', caseReference: sent.reference })
    .catch((error) => error);
  assert.equal(asPublic.statusCode, 400, "a case's own letters only on a party's request");
  assert.equal(await requests(), before, 'nothing stored for a refused request');

  const { id } = await openness.requests.submit(party, {
    entryIds: [],
    description: '',
    kind: 'party',
    caseReference: sent.reference,
  });
  // the caseworker of the case's department sees the letter off the list, hands it out with a passage withheld
  const { staff } = await app.raadhus.services.identity.testIdentities();
  const { department_code } = (
    await sql<{ department_code: string }>`select department_code from openness_requests where id = ${id}`.execute(db)
  ).rows[0];
  let caseworker: Principal | undefined;
  for (const member of staff)
    if (
      member.roles.includes('caseworker') &&
      member.departmentId &&
      (await app.raadhus.services.identity.department(member.departmentId))?.code === department_code
    )
      caseworker = await staffPrincipal(app.raadhus, member.subject);
  assert.ok(caseworker, `a caseworker of ${department_code}`);
  const view = await openness.requests.detail(caseworker, id);
  assert.deepEqual(
    view.entries.map((item) => [item.id, item.document_title, item.document_text]),
    [
      [
        entry.id,
        'Afgørelse om boligstøtte til partsaktindsigt',
        'Kære borger. Afgørelse om boligstøtte til partsaktindsigt.',
      ],
    ],
  );
  await openness.requests.redact(caseworker, id, { entryId: entry.id, passage: 'Kære borger.', legalGround: 'fvl-15' });
  const decided = await openness.requests.decide(caseworker, id, {
    decision: 'partial',
    reason: 'Hilsenen er undtaget.',
    handOut: [entry.id],
  });
  assert.equal(decided.delivered, 'digital-post');
  const letter = await sql<{ body: string }>`select m.body from post_messages m
    where m.subject = 'Afgørelse om aktindsigt' and m.body like '%partsaktindsigt.%'`.execute(db);
  assert.equal(letter.rows.length, 1);
  assert.match(letter.rows[0].body, /\[Undtaget: [^\]]+\] Afgørelse om boligstøtte til partsaktindsigt\./);
  assert.match(letter.rows[0].body, /forvaltningsloven § 16/);
});

test('a letter naming no case of the cases module, or a bulk letter, is not registered', async () => {
  const db = app.raadhus.database.db;
  const before = Number((await sql<{ n: string }>`select count(*) as n from openness_entries`.execute(db)).rows[0].n);
  for (const caseId of [undefined, 'LOB-2026-0001'])
    assert.equal(
      await openness.feed.letter(db, {
        messageId: crypto.randomUUID(),
        caseId,
        personId: crypto.randomUUID(),
        departmentCode: 'byg',
        at: new Date().toISOString(),
      }),
      undefined,
    );
  const after = Number((await sql<{ n: string }>`select count(*) as n from openness_entries`.execute(db)).rows[0].n);
  assert.equal(after, before);
});

test("a letter to an authority's CVR is listed as the authority's, by name; a business stays a business; a citizen is never named", async () => {
  const { cases, post, identity } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const authority = (await identity.findBusinessByCvr('25798376'))!;
  assert.equal(authority.name, 'Miljøstyrelsen');
  assert.equal(authority.publicAuthority, true, 'a state administrative unit by its company form');
  const firm = (await identity.findBusinessByCvr('29189838'))!;
  assert.equal(firm.publicAuthority, false);
  const created = await cases.createCase(db, integrationClient, {
    caseTypeCode: 'building-permit',
    applicant: { personId: await personId(app.raadhus, 6) },
    channel: 'api',
    fields: {},
  });
  const send = (recipient: { businessId: string } | { personId: string }, subject: string) =>
    post.sendLetter(db, system, { recipient, subject, body: `${subject}.`, caseId: created.reference });
  const toAuthority = await send({ businessId: authority.id }, 'Høring af Miljøstyrelsen om jordforurening');
  const toFirm = await send({ businessId: firm.id }, 'Kopi af byggetilladelse til entreprenør');
  const toCitizen = await send({ personId: await personId(app.raadhus, 6) }, 'Byggetilladelse til ansøger');
  for (const { messageId } of [toAuthority, toFirm, toCitizen]) await entryFrom(messageId);
  assert.equal((await entryFrom(toAuthority.messageId)).party_category, 'authority');
  // past the list's delay
  await sql`update openness_entries set registered_at = now() - interval '10 days'
    where case_reference = ${created.reference}`.execute(db);

  const visitor = new TestClient(app.url);
  const page = async (lang: string) => {
    const response = await visitor.follow(`/postliste?reference=${created.reference}&lang=${lang}`);
    assert.equal(response.status, 200);
    return response.text();
  };
  const da = await page('da');
  assert.match(
    da,
    /Høring af Miljøstyrelsen om jordforurening<\/th>[\s\S]*?<td>Udgående<\/td>\s*<td>Myndighed: Miljøstyrelsen<\/td>/,
  );
  assert.match(
    da,
    /Kopi af byggetilladelse til entreprenør<\/th>[\s\S]*?<td>Udgående<\/td>\s*<td>Virksomhed: Demo Tømrer ApS<\/td>/,
  );
  assert.match(da, /Byggetilladelse til ansøger<\/th>[\s\S]*?<td>Udgående<\/td>\s*<td>Borger<\/td>/);
  const citizen = (await identity.getPerson(await personId(app.raadhus, 6)))!;
  assert.doesNotMatch(da, new RegExp(citizen.name));
  const en = await page('en');
  assert.match(en, /<td>Outgoing<\/td>\s*<td>Authority: Miljøstyrelsen<\/td>/);
  assert.match(en, /<td>Outgoing<\/td>\s*<td>Business: Demo Tømrer ApS<\/td>/);
  assert.match(en, /<td>Outgoing<\/td>\s*<td>Citizen<\/td>/);
});

test("a party's own request brings the case's own documents and notes: an internal note listed, withheld on § 12 unless chosen, passages withheld", async () => {
  const { cases } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const sent = await letterOnNewCase('building-permit', 'Partshøring om carport', 7);
  await entryFrom(sent.messageId);
  const bent = await staffPrincipal(app.raadhus, 'staff-caseworker-4');
  await cases.records.addDocument(bent, sent.caseId, {
    content: await tinyPdf(),
    filename: 'situationsplan.pdf',
    documentType: 'attachment',
    title: 'Situationsplan for carport',
  });
  await cases.records.addNote(bent, sent.caseId, 'Telefonsamtale med naboen Hans Jensen: ingen indsigelser.');
  await cases.records.addNote(bent, sent.caseId, 'Arbejdsnotat: overvej dispensation for højden.');
  const party: Principal = { kind: 'citizen', id: sent.applicant.personId, name: 'A', roles: ['citizen'] };
  const { id } = await openness.requests.submit(party, {
    entryIds: [],
    description: '',
    kind: 'party',
    caseReference: sent.reference,
  });
  const view = await openness.requests.detail(bent, id);
  const noteTitle = (title: string) =>
    /^Notat af Bent Byg, \d{1,2}\. [a-z]+\.? \d{4}/.test(title) ? 'note title' : title;
  assert.deepEqual(
    view.entries.map((item) => [
      item.source,
      noteTitle(item.document_title),
      item.filename,
      item.internal,
      view.handedOut.has(item.id),
    ]),
    [
      ['letter', 'Partshøring om carport', null, false, true],
      ['document', 'Situationsplan for carport', 'situationsplan.pdf', false, true],
      ['note', 'note title', null, true, false],
      ['note', 'note title', null, true, false],
    ],
    'the letter, then the case document and its notes; the notes are internal working documents, not handed out unless chosen',
  );
  const [, document, call, workNote] = view.entries;
  assert.equal(call.document_text, 'Telefonsamtale med naboen Hans Jensen: ingen indsigelser.');
  // a passage of a note is withheld as for a letter; one that is not in it is refused and stores nothing
  const refused = await openness.requests
    .redact(bent, id, { entryId: call.id, passage: 'Peter Olsen', legalGround: 'fvl-15' })
    .catch((error) => error);
  assert.equal(refused.statusCode, 400);
  await openness.requests.redact(bent, id, { entryId: call.id, passage: 'Hans Jensen', legalGround: 'fvl-15' });
  assert.deepEqual(
    (await openness.requests.detail(bent, id)).redactions.map((item) => [item.document_id, item.passage]),
    [[call.id, 'Hans Jensen']],
  );
  await openness.requests.decide(bent, id, {
    decision: 'partial',
    reason: 'Naboens navn og arbejdsnotatet undtages.',
    handOut: [view.entries[0].id, document.id, call.id],
  });
  const letter = (
    await sql<{ id: string; body: string }>`select m.id, m.body from post_messages m
      where m.subject = 'Afgørelse om aktindsigt' and m.body like '%Naboens navn og arbejdsnotatet%'`.execute(db)
  ).rows;
  assert.equal(letter.length, 1);
  const body = letter[0].body;
  assert.match(
    body,
    /Telefonsamtale med naboen \[Undtaget: forvaltningsloven § 15 \(afgørende hensyn\)\]: ingen indsigelser\./,
  );
  assert.doesNotMatch(body, /Hans Jensen|overvej dispensation/);
  assert.match(body, /Undtaget som interne arbejdsdokumenter \(forvaltningsloven § 12\):\n- Notat af Bent Byg/);
  assert.ok(
    body.includes(`--- Situationsplan for carport (${sent.reference}) ---\nVedlagt som fil: situationsplan.pdf`),
    'the file is named and attached',
  );
  const files = await sql<{ filename: string; size: number }>`
    select filename, octet_length(content) as size from post_attachments where message_id = ${letter[0].id}`.execute(
    db,
  );
  assert.deepEqual(
    files.rows.map((file) => [file.filename, Number(file.size)]),
    [['situationsplan.pdf', (await tinyPdf()).length]],
  );
  assert.ok(workNote.internal);
});
