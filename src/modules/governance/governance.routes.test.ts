import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { queueSettled } from '#test-support/db-snapshot.ts';
import { addDays, danishDay, previousMonth } from '#platform/time/danish-day.ts';
import { figureValue } from './key-figures.ts';
import { figureCounts } from './repository/plan.repository.ts';
import { governanceCounts, systemId } from './test-support/governance-fixtures.ts';

/** The pages and the API over HTTP, on one shared app: what they say in Danish and English, and what they refuse. */
let app: TestApp;
let owner: TestClient;
let manager: TestClient;
let caseworker: TestClient;
let caseSystem: string;
before(async () => {
  app = await startTestApp();
  [owner, manager, caseworker] = [new TestClient(app.url), new TestClient(app.url), new TestClient(app.url)];
  await owner.login('staff-system-owner-1');
  await manager.login('staff-manager-1');
  await caseworker.login('staff-caseworker-1');
  caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
});
after(() => app?.close());

const today = danishDay();
const day = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(
    new Date(`${value}T12:00:00Z`),
  );
const month = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${previousMonth(today)}-15T12:00:00Z`),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the system owner’s page says which review is due, which deadline approaches and last month’s SLA, in da and en', async () => {
  const danish = text(await (await owner.follow('/staff/governance/my-systems')).text());
  assert.match(danish, /Mine IT-systemer/);
  assert.match(danish, /Sagsbehandlingssystemet I drift Gul 99,30 %/);
  assert.match(danish, /Raadhus selvbetjening I drift Der er ingen SLA for systemet\./);
  assert.match(
    danish,
    new RegExp(`Uddannelse, support og brugeradgange Sagsbehandlingssystemet ${day(addDays(today, -1), 'da-DK')}`),
  );
  assert.match(
    danish,
    new RegExp(`K-2022-017 Sagsbehandlingssystemet Demo Software A/S ${day(addDays(today, 45), 'da-DK')}`),
  );
  assert.doesNotMatch(danish, /Økonomisystemet/, 'the finance system is Lone Leder’s');
  const english = text(await (await owner.follow('/staff/governance/my-systems?lang=en')).text());
  assert.match(english, /My IT systems/);
  assert.match(english, /Sagsbehandlingssystemet In operation Amber 99\.30 %/);
  assert.match(
    english,
    new RegExp(`Training, support and user access Sagsbehandlingssystemet ${day(addDays(today, -1), 'en-GB')}`),
  );
});

test('the system page shows facts, roles, duties, contract costs and the SLA measured last month', async () => {
  const danish = text(await (await manager.follow(`/staff/governance/systems/${caseSystem}`)).text());
  assert.match(danish, /Forretningskritikalitet Kritisk/);
  assert.match(danish, /Persondata CPR-numre/);
  assert.match(danish, /Systemejer Søren Systemejer/);
  assert.match(danish, /Forretningsejer Lone Leder/);
  assert.match(
    danish,
    new RegExp(
      `${today.slice(0, 4)} K-2022-017 Drift Central IT-budget 1\\.850\\.000,00\\s?kr\\. 1\\.792\\.500,00\\s?kr\\.`,
    ),
  );
  assert.match(danish, new RegExp(`Målt i ${month('da-DK')} Vurdering Gul Oppetid 99,30 % Nedetid 300 minutter`));
  assert.match(danish, /Besvaret inden for responstiden 2 af 2 hændelser/);
  assert.doesNotMatch(danish, /Tilføj en kontrakt/, 'the manager may read, not change');
  const english = text(await (await manager.follow(`/staff/governance/systems/${caseSystem}?lang=en`)).text());
  assert.match(
    english,
    new RegExp(`Measured in ${month('en-GB')} Rating Amber Availability 99\\.30 % Downtime 300 minutes`),
  );
  assert.match(english, /Business criticality Critical/);
  const list = text(await (await manager.follow('/staff/governance/systems?lang=da')).text());
  assert.match(list, /Gammelt dokumentarkiv Fiktiv Arkiv I\/S Under udfasning Lav Følsomme Søren Systemejer/);
  const csv = await (await manager.follow('/staff/governance/systems.csv')).text();
  assert.match(
    csv,
    /"Økonomisystemet","Eksempel Økonomi ApS","operation","high","cloud","ordinary","51-250","it","00.32","Lone Leder"/,
  );
  assert.equal((await caseworker.follow('/staff/governance/systems')).status, 403);
  assert.equal((await manager.follow('/staff/governance/systems/not-an-id')).status, 404);
});

test('a refused contract shows every problem beside its field in the user’s language; nothing is stored', async () => {
  const { csrf } = await owner.form(`/staff/governance/systems/${caseSystem}?lang=da`);
  const before = await governanceCounts(app.raadhus);
  const fields = {
    _csrf: csrf,
    supplier: 'Demo Software A/S',
    contractNumber: 'K-NEW',
    startsOn: today,
    endsOn: addDays(today, 365),
    terminationDeadline: addDays(today, 400),
    ownerStaffId: 'someone',
    paymentModel: 'Licens',
    costYear: today.slice(0, 4),
    costKind: 'operation',
    costPayer: 'central',
    costBudget: '-100',
    costActual: '',
  };
  const refused = await owner.submit(`/staff/governance/systems/${caseSystem}/contracts`, fields);
  assert.equal(refused.status, 400);
  const html = await refused.text();
  assert.match(
    html,
    /<a href="#field-terminationDeadline" class="function-link">Opsigelsesfristen kan ikke ligge efter kontraktens udløb\.<\/a>/,
  );
  assert.match(html, /<a href="#field-startsOn" class="function-link">Perioden overlapper kontrakt K-2022-017/);
  assert.match(
    html,
    /<a href="#field-ownerStaffId" class="function-link">Personen findes ikke i medarbejderregistret\.<\/a>/,
  );
  assert.match(html, /<a href="#field-costBudget" class="function-link">Beløbet kan ikke være negativt\.<\/a>/);
  assert.match(html, /id="field-contractNumber" name="contractNumber"[^>]*value="K-NEW"/);
  const english = await owner.submit(`/staff/governance/systems/${caseSystem}/contracts?lang=en`, {
    ...fields,
    costBudget: '1,000.00',
  });
  assert.match(await english.text(), /Enter the amount in kroner like 1\.250\.000 or 87\.500,50\./);
  assert.deepEqual(await governanceCounts(app.raadhus), before);
  const incident = {
    _csrf: csrf,
    severity: 'critical',
    startedAt: `${today}T08:00`,
    respondedAt: `${today}T08:10`,
    endedAt: '',
  };
  const saved = await owner.submit(`/staff/governance/systems/${caseSystem}/incidents`, incident);
  assert.match(await saved.text(), /The incident is recorded\./, 'the language chosen last stays');
});

test('the register for other systems: GET /api/v1/governance/systems with the scope, codes not texts', async () => {
  const { key } = await createTestApiClient(app.raadhus, { name: 'kitos sync', scopes: ['governance:read'] });
  const response = await fetch(`${app.url}/api/v1/governance/systems`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(response.status, 200);
  const { systems } = (await response.json()) as {
    systems: Array<{ name: string; lifecycle: string; roles: unknown[] }>;
  };
  const found = systems.find((system) => system.name === 'Gammelt dokumentarkiv');
  assert.equal(found?.lifecycle, 'phasing-out');
  assert.equal(found?.roles.length, 2);
  const { key: other } = await createTestApiClient(app.raadhus, { name: 'no scope', scopes: [] });
  const refused = await fetch(`${app.url}/api/v1/governance/systems`, {
    headers: { authorization: `Bearer ${other}` },
  });
  assert.equal(refused.status, 403);
});

test('the security page shows the threats, the risk matrix and the statement of applicability, in da and en', async () => {
  const html = await (await manager.follow(`/staff/governance/systems/${caseSystem}/security?lang=da`)).text();
  const danish = text(html);
  assert.match(
    danish,
    /Medarbejder med for brede adgange læser sager uden arbejdsbetinget behov Fortrolighed 3 × 4 = 12 \(kritisk\) Rollebaseret adgang og logning af opslag 2 × 3 = 6 \(middel\)/,
  );
  assert.match(html, /<svg role="img" aria-labelledby="risk-matrix-title"/);
  assert.match(danish, /Risikomatrix med 2 trusler/);
  assert.match(danish, /Teknologiske 1 \/ 34 0/);
  assert.match(danish, /8\.13 Information backup Ja Implementeret/);
  assert.doesNotMatch(danish, /Registrér en trussel/, 'the manager reads only');
  const organisation = text(await (await manager.follow('/staff/governance/security?lang=en')).text());
  assert.match(organisation, /Organisational 1 \/ 37 0/);
  assert.match(organisation, /Physical 0 \/ 13 1/);
  assert.match(organisation, /7\.4 Physical security monitoring No Not started Ingen egne serverrum/);
});

test('the architecture page lists the principles and the decision log; a decision shows its assessment per principle', async () => {
  const danish = text(await (await manager.follow('/staff/governance/architecture?q=partshøring&lang=da')).text());
  assert.match(danish, /Arkitekturprincipper Åbne standarder Åben arkitektur uden binding til én leverandør/);
  assert.match(
    danish,
    new RegExp(
      `${day(addDays(today, -14), 'da-DK')} Modul til digital partshøring i sagsbehandlingssystemet IT-arkitekturudvalget Godkendt med betingelser`,
    ),
  );
  const none = text(await (await manager.follow('/staff/governance/architecture?q=zzz')).text());
  assert.match(none, /Ingen beslutninger passer til søgningen\./);
  const html = await (await manager.follow('/staff/governance/architecture?lang=en')).text();
  const link = /href="(\/staff\/governance\/architecture\/decisions\/[^"]+)"/.exec(html)?.[1];
  const decision = text(await (await manager.follow(`${link}`)).text());
  assert.match(decision, /Decision Approved with conditions Conditions Leverandøren stiller data/);
  assert.match(decision, /Open standards Partly meets Eksport sker i leverandørens eget format/);
  assert.match(decision, /Security and privacy by design Meets –/);
  assert.equal((await manager.follow('/staff/governance/architecture/decisions/nope')).status, 404);
});

test('the board shows this year’s plan, a gain computed from the key figure, and the strategy pool', async () => {
  const year = Number(today.slice(0, 4));
  await queueSettled(app.raadhus.database.db); // the demo's letters are counted before the page is read
  const danish = text(await (await manager.follow(`/staff/governance/plan?year=${year}&lang=da`)).text());
  assert.match(danish, new RegExp(`Handlingsplan ${year}`));
  assert.match(
    danish,
    /Digital Post frem for papirbreve Fællesoffentlige løsninger borgerservice Implementering Grøn 450\.000,00\s?kr\. Strategipuljen/,
  );
  assert.match(
    danish,
    /Selvbetjening og automatisk sagsoprettelse for boligstøtte Digital service og selvbetjening ydelser Analyse Gul/,
  );
  // the digital share is whatever the demo's letters make it: computed here from the counts the same way
  const counts = await figureCounts(app.raadhus.database.db, year);
  const share = figureValue('post.digital-share', counts);
  const shown = (value: number) => `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value)} %`;
  const measured = share === null ? '– – 20 % –' : `${shown(share)} 20 % ${shown(share - 70)}`;
  assert.ok(
    danish.includes(
      `Digital andel af udgående breve til 90 % Digital Post frem for papirbreve Digital andel af breve (nøgletal) 70 % 90 % ${measured}`,
    ),
    danish,
  );
  assert.match(
    danish,
    /Sparede sagsbehandlertimer på boligstøtte .* Indtastet af gevinstejeren 0 timer 800 timer 350 timer 800 timer 350 timer -450 timer/,
  );
  assert.match(danish, /Saldo 1\.670\.000,00\s?kr\. Selvfinansieringsgrad 26,7 %/);
  const english = text(await (await manager.follow(`/staff/governance/plan?year=${year}&lang=en`)).text());
  assert.match(english, /Balance DKK 1,670,000\.00 Self-financing 26\.7 %/);
  assert.match(english, /Digital Post frem for papirbreve Common public solutions borgerservice Implementation Green/);
  assert.match(
    text(await (await manager.follow('/staff/governance/plan?year=1999')).text()),
    new RegExp(`Action plan ${year}`),
  );
});

test('the administrator copies a leaver’s roles in one action; the same person on both sides is refused', async () => {
  const admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
  const { html, csrf } = await admin.form('/admin/governance/roles?lang=da');
  const idOf = (name: string) => new RegExp(`<option value="([^"]+)">${name}</option>`).exec(html)?.[1] ?? '';
  const [ali, bent] = [idOf('Ali Administrator'), idOf('Bent Byg')];
  assert.ok(ali && bent, 'the staff register fills the choices');
  const before = await governanceCounts(app.raadhus);
  const refused = await admin.submit('/admin/governance/roles/transfer', {
    _csrf: csrf,
    from: ali,
    to: ali,
    mode: 'copy',
  });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Vælg en anden person end den, der fratræder\./);
  const unknown = await admin.submit('/admin/governance/roles/transfer', {
    _csrf: csrf,
    from: 'x',
    to: bent,
    mode: 'copy',
  });
  assert.match(
    await unknown.text(),
    /href="#field-from" class="function-link">Personen findes ikke i medarbejderregistret\./,
  );
  assert.deepEqual(await governanceCounts(app.raadhus), before);
  const copied = await admin.submit('/admin/governance/roles/transfer', {
    _csrf: csrf,
    from: ali,
    to: bent,
    mode: 'copy',
  });
  assert.match(await copied.text(), /Efterfølgeren har fået 5 roller\./);
  assert.equal((await manager.follow('/admin/governance/roles')).status, 403);
});
