import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { danishDay } from './usage.service.ts';
import {
  answer,
  answerWithFiles,
  lastSubmittedCase,
  lettersAboutCase,
  pngBytes,
  tinyPdf,
  waitFor,
} from './test-support/selfservice-test-helpers.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const files = async (draftId: string) =>
  (
    await sql<{
      field_name: string;
      content_type: string;
      size: number;
    }>`select field_name, content_type, size from selfservice_draft_files where draft_id = ${draftId} order by field_name`.execute(
      app.raadhus.database.db,
    )
  ).rows;

test('housing benefit: conditional steps, uploads checked by content and size, documents go with the case', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const { csrf } = await client.form('/selfservice/solutions/housing-benefit');
  const started = await client.submit('/selfservice/solutions/housing-benefit/start', { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;

  assert.match(
    (await answer(client, page('household'), { otherAdults: 'yes', children: '1' })).url,
    /\/pages\/adults$/,
  );
  assert.match(
    (await answer(client, page('adults'), { adultsCount: '1', adultsIncome: '180.000' })).url,
    /\/pages\/income$/,
  );
  assert.match(
    (await answer(client, page('income'), { yearlyIncome: '210000', incomeTypes: ['salary', 'benefits'] })).url,
    /\/pages\/rent$/,
  );
  assert.match(
    (
      await answer(client, page('rent'), {
        monthlyRent: '6.500',
        area: '72',
        heatingIncluded: 'no',
        leaseStart: '2024-05-01',
      })
    ).url,
    /\/pages\/documents$/,
  );
  const documentsPage = await (await client.follow(page('documents'))).text();
  assert.match(documentsPage, /enctype="multipart\/form-data"/);
  assert.match(documentsPage, /name="adultsIncomeProof"/);

  // a required file missing: error beside the field, typed values kept
  const missing = await answerWithFiles(client, page('documents'), { email: 'anne@example.dk', phone: '' }, {});
  assert.equal(missing.status, 400);
  const missingHtml = await missing.text();
  assert.match(missingHtml, /href="#field-lease"[^>]*>Vælg en fil til Lejekontrakt/);
  assert.match(missingHtml, /value="anne@example.dk"/);

  // the declared type is not trusted: text sent as "application/pdf" is refused by its content
  const disguised = await answerWithFiles(
    client,
    page('documents'),
    { email: 'anne@example.dk' },
    { lease: { content: Buffer.from('this is not a PDF at all'), type: 'application/pdf', name: 'lease.pdf' } },
  );
  assert.equal(disguised.status, 400);
  assert.match(await disguised.text(), /Filen i Lejekontrakt har en type, vi ikke kan modtage\. Brug PDF, JPEG, PNG/);

  // too large for the field (5 MB), though under the platform's 10 MB
  const large = Buffer.concat([await tinyPdf(), Buffer.alloc(5 * 1024 * 1024 + 10, 32)]);
  const tooLarge = await answerWithFiles(
    client,
    page('documents'),
    { email: 'anne@example.dk' },
    { lease: { content: large, type: 'application/pdf', name: 'lease.pdf' } },
  );
  assert.equal(tooLarge.status, 400);
  assert.match(await tooLarge.text(), /Filen i Lejekontrakt er for stor\. Den må højst være 5 MB/);

  // over the platform limit: a clear 413, nothing stored
  const huge = await answerWithFiles(
    client,
    page('documents'),
    {},
    { lease: { content: Buffer.alloc(11 * 1024 * 1024, 1), type: 'application/pdf', name: 'lease.pdf' } },
  );
  assert.equal(huge.status, 413);
  assert.deepEqual(await files(id), []);

  // good files: a PDF and a PNG
  const pdf = await tinyPdf();
  const accepted = await answerWithFiles(
    client,
    page('documents'),
    { email: 'anne@example.dk', phone: '' },
    {
      lease: { content: pdf, type: 'application/pdf', name: 'kontrakt.pdf' },
      adultsIncomeProof: { content: pngBytes, type: 'image/png', name: 'indkomst.png' },
    },
  );
  assert.equal(accepted.status, 303);
  assert.match(accepted.headers.get('location')!, /\/summary$/);
  assert.deepEqual(await files(id), [
    { field_name: 'adultsIncomeProof', content_type: 'image/png', size: pngBytes.length },
    { field_name: 'lease', content_type: 'application/pdf', size: pdf.length },
  ]);
  // going back to the page shows the stored file and does not demand it again
  const again = await client.follow(page('documents'));
  // the applicant's own file names, never the field's code
  assert.match(await again.text(), /Uploadet: kontrakt\.pdf/);
  assert.equal((await answerWithFiles(client, page('documents'), { email: 'anne@example.dk' }, {})).status, 303);

  const summary = await (await client.follow(`/selfservice/drafts/${id}/summary`)).text();
  assert.match(summary, /Andre voksne i boligen/);
  assert.match(summary, /kontrakt\.pdf/);
  assert.match(summary, /indkomst\.png/);
  // amounts with the reader's thousands separator
  assert.match(summary, /180\.000 kr\./);
  assert.doesNotMatch(summary, /180000/);
  assert.match(await (await client.follow(`/selfservice/drafts/${id}/summary?lang=en`)).text(), /180,000 DKK/);
  assert.doesNotMatch(summary, /lease\.pdf/);
  const { csrf: submitCsrf } = await client.form(`/selfservice/drafts/${id}/summary`);
  const receipt = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: submitCsrf });
  assert.equal(receipt.status, 200);
  const created = await lastSubmittedCase(app.raadhus);
  assert.equal(created.caseTypeCode, 'housing-benefit');
  assert.equal(created.fields.lease, 'kontrakt.pdf');
  assert.equal(created.fields.adultsIncome, 180000);
  assert.equal(created.fields.monthlyRent, 6500);
  assert.equal(created.fields.applicantCpr, '010150-xxxx');
  assert.deepEqual(created.documents, [
    ['indkomst.png', 'image/png', pngBytes.length],
    ['kontrakt.pdf', 'application/pdf', pdf.length],
  ]);
  // "my cases" and the caseworker's case page name the files as the applicant did
  const mine = await (await client.follow(`/my/cases/${created.caseId}`)).text();
  assert.match(mine, /kontrakt\.pdf/);
  assert.doesNotMatch(mine, /lease\.pdf/);
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  const staffPage = await (await caseworker.follow(`/staff/cases/${created.caseId}`)).text();
  assert.match(staffPage, /kontrakt\.pdf/);
  assert.match(staffPage, /indkomst\.png/);
  // the files left the draft with the submission
  assert.deepEqual(await files(id), []);
});

test('answers to questions that became hidden are not submitted, nor their files', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0202521107');
  const { csrf } = await client.form('/selfservice/solutions/resident-parking');
  const started = await client.submit('/selfservice/solutions/resident-parking/start', { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;
  await answer(client, page('vehicle'), { registration: 'AB 12 345', ownership: 'leased' });
  const today = danishDay(new Date());
  const withProof = await answerWithFiles(
    client,
    page('zone'),
    { zone: 'a', validFrom: today },
    { useProof: { content: await tinyPdf(), type: 'application/pdf', name: 'leasing.pdf' } },
  );
  assert.equal(withProof.status, 303);
  // the applicant changes their mind: they own the car, so no proof is needed
  await answer(client, page('vehicle'), { registration: 'AB 12 345', ownership: 'own' });
  const { csrf: submitCsrf } = await client.form(`/selfservice/drafts/${id}/summary`);
  await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: submitCsrf });
  const created = await lastSubmittedCase(app.raadhus);
  assert.equal(created.caseTypeCode, 'resident-parking');
  assert.equal(created.fields.useProof, undefined);
  assert.equal(created.fields.registration, 'AB 12 345');
  assert.deepEqual(created.documents, []);
});

test('a business applies for a building permit: the business is the applicant and gets the receipt', async () => {
  const client = new TestClient(app.url);
  await client.login('business-29189838');
  const { csrf } = await client.form('/selfservice/solutions/building-permit-business');
  const started = await client.submit('/selfservice/solutions/building-permit-business/start', { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;
  assert.match(
    (await answer(client, page('company'), { email: 'info@demotomrer.dk', phone: '70 20 30 40', role: 'owner' })).url,
    /\/pages\/project$/,
  );
  await answer(client, page('project'), {
    use: 'storage',
    area: '450',
    description: 'Ny lagerhal i stål med port mod vest',
    siteStreet: 'Industrivej 3',
    sitePostcode: '9999',
    siteCity: 'Demoby',
  });
  // a PNG is not a drawing: this field takes PDF only
  const png = await answerWithFiles(
    client,
    page('documents'),
    {},
    { drawings: { content: pngBytes, type: 'application/pdf', name: 'tegning.pdf' } },
  );
  assert.equal(png.status, 400);
  assert.match(await png.text(), /Brug PDF/);
  assert.equal(
    (
      await answerWithFiles(
        client,
        page('documents'),
        {},
        { drawings: { content: await tinyPdf(2), type: 'application/pdf', name: 'tegning.pdf' } },
      )
    ).status,
    303,
  );
  const { csrf: submitCsrf } = await client.form(`/selfservice/drafts/${id}/summary`);
  const receipt = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: submitCsrf });
  assert.equal(receipt.status, 200);
  const created = await lastSubmittedCase(app.raadhus);
  const business = await app.raadhus.services.identity.findBusinessByCvr('29189838');
  assert.deepEqual(created.applicant, { businessId: business!.id });
  assert.equal(created.caseTypeCode, 'building-permit');
  assert.equal(created.fields.businessCvr, '29189838');
  assert.equal(created.fields.businessName, 'Demo Tømrer ApS');
  assert.equal(created.fields.clientName, undefined);
  const letter = await waitFor(async () =>
    (await lettersAboutCase(app.raadhus, created.caseId)).find((candidate) => /^Kvittering/.test(candidate.subject)),
  );
  assert.deepEqual(letter.recipient, { businessId: business!.id });
});
