import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { danishDay } from './usage.service.ts';
import {
  answer,
  caseCount,
  lastSubmittedCase,
  lettersAboutCase,
  usageOf,
  waitFor,
} from './test-support/selfservice-test-helpers.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const inDays = (days: number) => danishDay(new Date(Date.now() + days * 86_400_000));
const draftIdIn = (url: string) =>
  /\/selfservice\/drafts\/([0-9a-f-]{36})/.exec(url)?.[1] ?? assert.fail(`no draft id in ${url}`);

async function startDraft(client: TestClient, code: string): Promise<{ id: string; response: Response }> {
  const { csrf } = await client.form(`/selfservice/solutions/${code}`);
  const response = await client.submit(`/selfservice/solutions/${code}/start`, { _csrf: csrf });
  return { id: response.status === 200 ? draftIdIn(response.url) : '', response };
}

async function draftRow(id: string) {
  const { rows } = await sql<{
    status: string;
    answers: Record<string, unknown>;
    completed_pages: string[];
  }>`select status, answers, completed_pages from selfservice_drafts where id = ${id}`.execute(app.raadhus.database.db);
  return rows[0];
}

test('the catalogue per audience is public and lists the solutions bound to the fixed case types', async () => {
  const visitor = new TestClient(app.url);
  const citizen = await (await visitor.follow('/selfservice/citizen')).text();
  for (const name of [
    'Anmeld flytning',
    'Søg om boligstøtte',
    'Bestil afhentning af storskrald',
    'Søg om byggetilladelse',
    'Søg om beboerparkering',
    'Søg om gratis skolemad',
    'Registrér din hund',
    'Søg om aktindsigt',
  ])
    assert.match(citizen, new RegExp(name));
  assert.doesNotMatch(citizen, /erhvervsbyggeri/);
  const business = await (await visitor.follow('/selfservice/business?lang=en')).text();
  assert.match(business, /building permit for commercial building/);
  assert.match(business, /Request access to records/);
  assert.doesNotMatch(business, /housing benefit/);
  const codes = new Set(app.raadhus.services.selfservice.allSolutions().map((solution) => solution.caseTypeCode));
  assert.deepEqual([...codes].sort(), [
    'access-to-records',
    'building-permit',
    'bulky-waste',
    'change-of-address',
    'dog-registration',
    'free-school-meals',
    'housing-benefit',
    'resident-parking',
  ]);
  // a visitor sees the start page with a login button, not a start form
  const intro = await (await visitor.follow('/selfservice/solutions/housing-benefit?lang=da')).text();
  assert.match(intro, /Log på for at starte/);
  // the expected processing time is the case type's service level (housing benefit: 20 working days)
  assert.match(intro, /<td>20 arbejdsdage<\/td>/);
  // the steps everyone takes, then "Opsummering": as many as the wizard counts; the conditional step is named apart
  const steps = /Ansøgningen har disse trin<\/h2><ol>([\s\S]*?)<\/ol>/.exec(intro)?.[1] ?? '';
  assert.deepEqual(
    [...steps.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1]),
    ['Husstanden', 'Din indkomst', 'Boligen og huslejen', 'Dokumentation', 'Opsummering'],
  );
  assert.match(intro, /Afhængigt af dine svar kommer der også et trin om: Andre voksne i boligen\./);
  assert.equal((await visitor.follow('/selfservice/solutions/no-such-thing')).status, 404);
});

test('"my page" links to self-service and the drafts', async () => {
  const client = new TestClient(app.url);
  const page = await (await client.login('citizen-0101500100')).text();
  assert.match(page, /href="\/selfservice"/);
  assert.match(page, /href="\/selfservice\/drafts"/);
});

test('a citizen fills in bulky waste step by step, checks the answers and submits: one case, a receipt and a receipt letter', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0202521107');
  const before = await usageOf(app.raadhus, 'bulky-waste');
  const { id, response } = await startDraft(client, 'bulky-waste');
  assert.match(response.url, /\/pages\/address$/);
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;

  // missing and invalid answers: 400, errors beside the fields, a summary linking to them, values kept
  const invalid = await answer(client, page('address'), { street: 'Testvej 1', postcode: '80', city: '' });
  assert.equal(invalid.status, 400);
  const html = await invalid.text();
  assert.match(html, /class="alert alert-error"/);
  assert.match(html, /href="#field-postcode"[^>]*>Postnummeret skal være 4 cifre\./);
  assert.match(html, /href="#field-city"[^>]*>Udfyld By/);
  assert.match(html, /id="error-city"/);
  assert.match(html, /value="Testvej 1"/);
  assert.match(html, /value="80"/);
  assert.equal((await draftRow(id)).completed_pages.length, 0);

  assert.match(
    (await answer(client, page('address'), { street: 'Testvej 1', postcode: '8000', city: 'Aarhus C' })).url,
    /\/pages\/items$/,
  );
  // "other" reveals a section on the next page (server-side, no JavaScript)
  assert.match(
    (await answer(client, page('items'), { items: ['furniture', 'other'], volume: 'medium' })).url,
    /\/pages\/pickup$/,
  );
  const pickup = await (await client.follow(page('pickup'))).text();
  assert.match(pickup, /name="otherDescription"/);
  const tooSoon = await answer(client, page('pickup'), {
    otherDescription: 'En gammel klaver',
    pickupDate: inDays(1),
    placement: 'kerb',
  });
  assert.equal(tooSoon.status, 400);
  assert.match(await tooSoon.text(), /Ønsket afhentningsdato skal være \d{1,2}\. \w+\.? \d{4} eller senere/);
  const summary = await answer(client, page('pickup'), {
    otherDescription: 'En gammel klaver',
    pickupDate: inDays(5),
    placement: 'kerb',
    phone: '12 34 56 78',
  });
  assert.match(summary.url, /\/summary$/);
  const summaryHtml = await summary.text();
  assert.match(summaryHtml, /Tjek dine svar/);
  assert.match(summaryHtml, /Møbler, Andet/);
  assert.match(summaryHtml, /En gammel klaver/);

  const { csrf } = await client.form(`/selfservice/drafts/${id}/summary`);
  const receipt = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf });
  assert.equal(receipt.status, 200);
  assert.match(receipt.url, /\/selfservice\/submissions\/[0-9a-f-]{36}$/);
  const receiptHtml = await receipt.text();
  const recorded = await lastSubmittedCase(app.raadhus);
  assert.match(receiptHtml, new RegExp(recorded.reference));
  assert.match(receiptHtml, /Ansøgningen er sendt/);
  const applicant = await app.raadhus.services.identity.findPersonByCpr('0202521107');
  assert.equal(recorded.caseTypeCode, 'bulky-waste');
  assert.equal(recorded.channel, 'selfservice');
  assert.equal(recorded.createdBy, `citizen:${applicant!.id}`);
  assert.deepEqual(recorded.applicant, { personId: applicant!.id });
  assert.deepEqual(recorded.fields, {
    street: 'Testvej 1',
    postcode: '8000',
    city: 'Aarhus C',
    items: ['furniture', 'other'],
    volume: 'medium',
    otherDescription: 'En gammel klaver',
    pickupDate: inDays(5),
    placement: 'kerb',
    phone: '12345678',
  });

  // submitting the same draft again never creates a second case: it shows the same receipt
  const casesBefore = await caseCount(app.raadhus);
  const again = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf });
  assert.equal(again.url, receipt.url);
  const twice = await Promise.all([
    client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf }),
    client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf }),
  ]);
  assert.deepEqual(
    twice.map((response) => response.url),
    [receipt.url, receipt.url],
  );
  assert.equal(await caseCount(app.raadhus), casesBefore);
  // the draft is locked and emptied; its pages lead to the receipt
  const row = await draftRow(id);
  assert.equal(row.status, 'submitted');
  assert.deepEqual(row.answers, {});
  assert.equal((await client.follow(page('address'))).url, receipt.url);
  const locked = await client.submit(page('address'), { _csrf: csrf, street: 'x' });
  assert.equal(locked.status, 409);

  // the receipt letter goes to the applicant's digital post (queued in the submission's transaction)
  const letter = await waitFor(async () =>
    (await lettersAboutCase(app.raadhus, recorded.caseId)).find((candidate) => /^Kvittering/.test(candidate.subject)),
  );
  assert.deepEqual(letter.recipient, { personId: applicant!.id });
  assert.match(letter.subject, new RegExp(`Kvittering: Bestil afhentning af storskrald \\(${recorded.reference}\\)`));
  assert.match(letter.body, /Dit sagsnummer er/);
  assert.doesNotMatch(letter.body, /0202521107/);
  // addressed by name, in Danish only (the applicant's language), processing time in working days
  assert.match(letter.body, new RegExp(`^Kære ${applicant!.name}\n`));
  assert.doesNotMatch(letter.body, /Kære modtager|^---$|Dear |Your case number/m);
  await waitFor(async () =>
    /Kvitteringen er sendt/.test(await (await client.follow(receipt.url)).text()) ? true : undefined,
  );

  const afterCounts = await usageOf(app.raadhus, 'bulky-waste');
  assert.equal((afterCounts.started ?? 0) - (before.started ?? 0), 1);
  assert.equal((afterCounts.step_completed ?? 0) - (before.step_completed ?? 0), 3);
  assert.equal((afterCounts.submitted ?? 0) - (before.submitted ?? 0), 1);
});

test('prefill from the login: name and masked CPR shown read-only, never taken from the form', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const { id } = await startDraft(client, 'change-of-address');
  const html = await (await client.follow(`/selfservice/drafts/${id}/pages/new-address`)).text();
  assert.match(html, /value="Anne Testesen" readonly/);
  assert.match(html, /value="010150-xxxx" readonly/);
  assert.doesNotMatch(html, /0101500100/);
  await answer(client, `/selfservice/drafts/${id}/pages/new-address`, {
    applicantName: 'Someone Else',
    newStreet: 'Nyvej 2',
    newPostcode: '8200',
    newCity: 'Aarhus N',
    movingDate: inDays(3),
  });
  const row = await draftRow(id);
  assert.equal(row.answers.applicantName, 'Anne Testesen');
  assert.equal(row.answers.applicantCpr, '010150-xxxx');
});

test('save and continue later, resume from "my drafts", back keeps answers, and conditional pages follow answers', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0303542114');
  const { id } = await startDraft(client, 'change-of-address');
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;
  await answer(client, page('new-address'), {
    newStreet: 'Nyvej 2',
    newPostcode: '8200',
    newCity: 'Aarhus N',
    movingDate: inDays(3),
  });
  // the "others" page appears only after answering that others are moving too
  assert.equal((await client.follow(page('others'))).status, 404);
  const saved = await answer(client, page('household'), { movingWith: 'others' }, 'save');
  assert.match(saved.url, /\/selfservice\/drafts\?notice=saved$/);
  const list = await saved.text();
  assert.match(list, /Din kladde er gemt/);
  assert.match(list, new RegExp(`href="/selfservice/drafts/${id}"`));
  // steps counted as the wizard counts them: the pages the answers lead through, then the summary
  assert.match(list, /1 af 5 trin/);
  // resuming goes to the first step not yet done, with the saved answer kept
  const resumed = await client.follow(`/selfservice/drafts/${id}`);
  assert.match(resumed.url, /\/pages\/household$/);
  const resumedPage = await resumed.text();
  assert.match(resumedPage, /value="others" checked/);
  assert.match(resumedPage, /Trin 2 af 5/);
  assert.match((await answer(client, page('household'), { movingWith: 'others' })).url, /\/pages\/others$/);
  const back = await answer(client, page('others'), { othersCount: '2' }, 'back');
  assert.match(back.url, /\/pages\/household$/);
  assert.equal((await draftRow(id)).answers.othersCount, 2);
  // the summary is not reachable before every step is done
  assert.match((await client.follow(`/selfservice/drafts/${id}/summary`)).url, /\/pages\/others$/);
});

// Another citizen's draft (its pages, summary, submit, delete) and receipt are refused by the ownership sweep
// (test/authorization), staff by the role matrix; here: the list, and ids that are not ids.
test("another citizen does not see someone else's draft in the list; an id that is not one is 404", async () => {
  const owner = new TestClient(app.url);
  await owner.login('citizen-0101500100');
  const { id } = await startDraft(owner, 'dog-registration');
  assert.match(id, /^[0-9a-f-]{36}$/);
  const intruder = new TestClient(app.url);
  await intruder.login('citizen-0303542114');
  assert.doesNotMatch(await (await intruder.follow('/selfservice/drafts')).text(), new RegExp(id));
  assert.equal((await intruder.follow('/selfservice/drafts/not-a-uuid')).status, 404);
  assert.equal((await intruder.follow('/selfservice/submissions/not-a-uuid')).status, 404);
});

test('an assurance level too low is refused with a clear page, and nothing is started', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100', 'low');
  const refused = await client.follow('/selfservice/solutions/housing-benefit');
  assert.equal(refused.status, 403);
  const html = await refused.text();
  assert.match(html, /Du kan ikke bruge denne løsning/);
  assert.match(html, /kræver, at du er logget på med sikringsniveau Betydelig\. Du er logget på med Lav/);
  const before = await usageOf(app.raadhus, 'housing-benefit');
  const { csrf } = await client.form('/selfservice/drafts');
  assert.equal((await client.submit('/selfservice/solutions/housing-benefit/start', { _csrf: csrf })).status, 403);
  assert.deepEqual(await usageOf(app.raadhus, 'housing-benefit'), before);
  // a solution at level "low" is open
  const { response } = await startDraft(client, 'bulky-waste');
  assert.equal(response.status, 200);
});

test('a business representative is refused citizen-only solutions, and gets CVR and business name prefilled in business ones', async () => {
  const client = new TestClient(app.url);
  await client.login('business-29189838');
  const refused = await client.follow('/selfservice/solutions/housing-benefit');
  assert.equal(refused.status, 403);
  assert.match(await refused.text(), /Løsningen er kun for borgere/);
  const { csrf } = await client.form('/selfservice/drafts');
  assert.equal((await client.submit('/selfservice/solutions/housing-benefit/start', { _csrf: csrf })).status, 403);

  const { id } = await startDraft(client, 'building-permit-business');
  const html = await (await client.follow(`/selfservice/drafts/${id}/pages/company`)).text();
  assert.match(html, /value="Demo Tømrer ApS" readonly/);
  assert.match(html, /value="29189838" readonly/);
  // a citizen cannot open the business-only solution
  const citizen = new TestClient(app.url);
  await citizen.login('citizen-0101500100');
  assert.match(
    await (await citizen.follow('/selfservice/solutions/building-permit-business')).text(),
    /Løsningen er kun for virksomheder/,
  );
});

test('answers are escaped wherever they are shown again (error re-render, summary)', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const { id } = await startDraft(client, 'dog-registration');
  const attack = '<img src=x onerror=alert(1)>"';
  const invalid = await answer(client, `/selfservice/drafts/${id}/pages/dog`, {
    dogName: attack,
    breed: attack,
    born: '2020-01-01',
    chip: 'not a chip',
    insured: 'yes',
  });
  assert.equal(invalid.status, 400);
  const html = await invalid.text();
  // inside a quoted attribute "<" is harmless; the quote that could end the attribute is escaped
  assert.match(html, /value="<img src=x onerror=alert\(1\)>&#34;"/);
  assert.doesNotMatch(html.replaceAll('value="<img src=x', ''), /<img src=x/);
  await answer(client, `/selfservice/drafts/${id}/pages/dog`, {
    dogName: attack,
    breed: 'Puddel',
    born: '2020-01-01',
    chip: '123456789012345',
    insured: 'yes',
  });
  await answer(client, `/selfservice/drafts/${id}/pages/owner`, { insurer: attack });
  const summary = await (await client.follow(`/selfservice/drafts/${id}/summary`)).text();
  assert.doesNotMatch(summary, /<img src=x/);
  assert.match(summary, /<td>&lt;img src=x onerror=alert\(1\)/);
});

test('when the case system fails during submission, everything rolls back: no submission, no count, draft kept', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0202521107');
  const { id } = await startDraft(client, 'access-to-records');
  await answer(client, `/selfservice/drafts/${id}/pages/request`, {
    subject: 'Referater fra vejudvalget i 2025',
    format: 'paper',
  });
  await answer(client, `/selfservice/drafts/${id}/pages/contact`, {});
  const { csrf } = await client.form(`/selfservice/drafts/${id}/summary`);
  const before = await usageOf(app.raadhus, 'access-to-records');
  const services = app.raadhus.services as unknown as {
    cases: { createCase: (...args: unknown[]) => Promise<unknown> };
  };
  const original = services.cases.createCase;
  services.cases.createCase = async () => {
    throw new Error('case system timed out');
  };
  try {
    const failed = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf });
    assert.equal(failed.status, 503);
    assert.match(await failed.text(), /Din kladde er gemt/);
  } finally {
    services.cases.createCase = original;
  }
  assert.equal((await draftRow(id)).status, 'draft');
  assert.equal(
    (
      await sql<{ n: number }>`select count(*)::int as n from selfservice_submissions where draft_id = ${id}`.execute(
        app.raadhus.database.db,
      )
    ).rows[0].n,
    0,
  );
  assert.deepEqual(await usageOf(app.raadhus, 'access-to-records'), before);
});
