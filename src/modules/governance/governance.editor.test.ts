import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { demoStaff, systemId } from './test-support/governance-fixtures.ts';

/** The forms that add and change systems, give and take roles, and add and change initiatives. */
let app: TestApp;
let admin: TestClient;
let owner: TestClient;
let manager: TestClient;
before(async () => {
  app = await startTestApp();
  [admin, owner, manager] = [new TestClient(app.url), new TestClient(app.url), new TestClient(app.url)];
  await admin.login('staff-admin-1');
  await owner.login('staff-system-owner-1');
  await manager.login('staff-manager-1');
});
after(() => app?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const db = () => app.raadhus.database.db;
const count = async (table: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db())).rows[0].n);
const auditActions = async (objectId: string) =>
  (
    await sql<{ action: string }>`select action from audit_log where object_id = ${objectId} order by id`.execute(db())
  ).rows.map((row) => row.action);

const system = {
  name: 'Ydelsesportalen',
  supplier: 'Eksempel Portal A/S',
  description: 'Selvbetjening for ydelser',
  lifecycle: 'phasing-in',
  criticality: 'high',
  hosting: 'cloud',
  personalData: 'cpr',
  usersBand: '51-250',
  departmentCodes: ['ydelser', 'borgerservice'],
  kle: '32.18, 00.01.10',
};

test('an administrator adds a system: a refused form names every field in Danish and English and stores nothing', async () => {
  const { csrf } = await admin.form('/admin/governance/systems/new?lang=da');
  const systems = await count('governance_systems');
  const bad = {
    ...system,
    _csrf: csrf,
    name: 'Sagsbehandlingssystemet',
    supplier: ' ',
    hosting: 'basement',
    departmentCodes: ['ydelser', 'nowhere'],
    kle: '32.18, abc',
  };
  const refused = await admin.submit('/admin/governance/systems', bad);
  assert.equal(refused.status, 400);
  const danish = text(await refused.text());
  assert.match(danish, /Der er allerede et system med det navn\./);
  assert.match(danish, /Skriv leverandørens navn\./);
  assert.match(danish, /Afdelingerne findes ikke: nowhere\./);
  assert.match(danish, /Skriv KLE-numre som 00\.01 eller 32\.18\.04\./);
  assert.equal(await count('governance_systems'), systems);
  const { csrf: csrfEn } = await admin.form('/admin/governance/systems/new?lang=en');
  const refusedEn = text(await (await admin.submit('/admin/governance/systems', { ...bad, _csrf: csrfEn })).text());
  assert.match(refusedEn, /There is already a system with that name\./);

  await admin.follow('/admin/governance/systems/new?lang=da');
  const saved = await admin.submit('/admin/governance/systems', { ...system, _csrf: csrf });
  assert.equal(saved.status, 200);
  const page = text(await saved.text());
  assert.match(page, /Ydelsesportalen/);
  assert.match(page, /Livscyklus Under indfasning/);
  assert.match(page, /Afdelinger ydelser, borgerservice/);
  assert.match(page, /KLE-numre 32\.18, 00\.01\.10/);
  const id = await systemId(app.raadhus, 'Ydelsesportalen');
  assert.deepEqual(await auditActions(id), ['governance:system-create']);
});

test('a system owner corrects their own system, not another’s; every change is audited', async () => {
  const caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
  const finance = await systemId(app.raadhus, 'Økonomisystemet');
  const form = await owner.form(`/staff/governance/systems/${caseSystem}/edit?lang=da`);
  assert.match(text(form.html), /Ret Sagsbehandlingssystemet/);
  assert.match(form.html, /value="Demo Software A\/S"/);
  const fields = {
    _csrf: form.csrf,
    name: 'Økonomisystemet',
    supplier: 'Demo Software A/S',
    description: '',
    lifecycle: 'operation',
    criticality: 'critical',
    hosting: 'outsourced',
    personalData: 'cpr',
    usersBand: '251-1000',
    departmentCodes: 'ydelser',
    kle: '',
  };
  const refused = await owner.submit(`/staff/governance/systems/${caseSystem}/edit`, fields);
  assert.equal(refused.status, 400);
  assert.match(text(await refused.text()), /Der er allerede et system med det navn\./);
  const renamed = await owner.submit(`/staff/governance/systems/${caseSystem}/edit`, {
    ...fields,
    name: 'Sagsbehandlingssystemet',
    usersBand: '1000+',
  });
  assert.equal(renamed.status, 200);
  assert.match(text(await renamed.text()), /Systemet er gemt\. .*Antal brugere 1000\+/);
  assert.ok((await auditActions(caseSystem)).includes('governance:system-update'));
  assert.equal((await owner.follow(`/staff/governance/systems/${finance}/edit`)).status, 403);
  const before = (await owner.follow(`/staff/governance/systems/${finance}`)).status;
  assert.equal(before, 200);
  const forged = await owner.submit(`/staff/governance/systems/${finance}/edit`, { ...fields, name: 'X' });
  assert.equal(forged.status, 403);
  assert.equal((await manager.follow(`/staff/governance/systems/${caseSystem}/edit`)).status, 403);
});

test('a role goes only to someone in the staff register; the administrator gives and takes roles, audited', async () => {
  const finance = await systemId(app.raadhus, 'Økonomisystemet');
  const { csrf } = await admin.form(`/staff/governance/systems/${finance}?lang=da`);
  const roles = await count('governance_system_roles');
  const stranger = await admin.submit(`/staff/governance/systems/${finance}/roles`, {
    _csrf: csrf,
    role: 'security-officer',
    staffId: randomUUID(),
  });
  assert.equal(stranger.status, 400);
  assert.match(text(await stranger.text()), /Personen findes ikke i medarbejderregistret\./);
  assert.equal(await count('governance_system_roles'), roles);
  const soren = await demoStaff(app.raadhus, 'staff-system-owner-1');
  const given = await admin.submit(`/staff/governance/systems/${finance}/roles`, {
    _csrf: csrf,
    role: 'security-officer',
    staffId: soren.id,
  });
  assert.equal(given.status, 200);
  assert.match(text(await given.text()), /Rollen er givet\. .*Sikkerhedsansvarlig Søren Systemejer/);
  const removed = await admin.submit(`/staff/governance/systems/${finance}/roles/remove`, {
    _csrf: csrf,
    holder: `security-officer|${soren.id}`,
  });
  assert.match(text(await removed.text()), /Rollen er fjernet\./);
  assert.equal(await count('governance_system_roles'), roles);
  const notHeld = await admin.submit(`/staff/governance/systems/${finance}/roles/remove`, {
    _csrf: csrf,
    holder: `security-officer|${soren.id}`,
  });
  assert.equal(notHeld.status, 404);
  const actions = await auditActions(finance);
  assert.ok(actions.includes('governance:role-assign') && actions.includes('governance:role-remove'));
  const ownerForm = await owner.form(`/staff/governance/systems/${finance}`);
  assert.doesNotMatch(ownerForm.html, /Giv en rolle/);
  const refused = await owner.submit(`/staff/governance/systems/${finance}/roles`, {
    _csrf: ownerForm.csrf,
    role: 'security-officer',
    staffId: soren.id,
  });
  assert.equal(refused.status, 403);
});

test('an initiative is added to the plan and changed; a wrong amount or an owner outside the register is refused', async () => {
  const year = danishDay().slice(0, 4);
  const { csrf } = await manager.form(`/staff/governance/plan/initiatives/new?year=${year}&lang=da`);
  const lone = await demoStaff(app.raadhus, 'staff-manager-1');
  const fields = {
    _csrf: csrf,
    year,
    title: 'Chatbot på hjemmesiden',
    focusArea: 'self-service',
    departmentCode: 'borgerservice',
    ownerStaffId: lone.id,
    phase: 'analysis',
    status: 'amber',
    budget: '1,250.00',
    funding: 'pool',
    goLive: '',
  };
  const initiatives = await count('governance_initiatives');
  const refused = await manager.submit('/staff/governance/plan/initiatives', { ...fields, ownerStaffId: randomUUID() });
  assert.equal(refused.status, 400);
  const html = text(await refused.text());
  assert.match(html, /Skriv beløbet i kroner som 1\.250\.000 eller 87\.500,50\./);
  assert.match(html, /Personen findes ikke i medarbejderregistret\./);
  assert.equal(await count('governance_initiatives'), initiatives);
  const saved = await manager.submit('/staff/governance/plan/initiatives', { ...fields, budget: '1.250.000' });
  assert.equal(saved.status, 200);
  assert.match(
    text(await saved.text()),
    /Initiativet er gemt\. .*Chatbot på hjemmesiden Digital service og selvbetjening borgerservice Analyse Gul 1\.250\.000,00\s?kr\. Strategipuljen/,
  );
  const { id } = await sql<{ id: string }>`select id from governance_initiatives where title = 'Chatbot på hjemmesiden'`
    .execute(db())
    .then((result) => result.rows[0]);
  const edit = await manager.form(`/staff/governance/plan/initiatives/${id}/edit?lang=en`);
  assert.match(edit.html, /value="1\.250\.000"/);
  const changed = await manager.submit(`/staff/governance/plan/initiatives/${id}/edit`, {
    ...fields,
    _csrf: edit.csrf,
    budget: '87.500,50',
    status: 'red',
    phase: 'implementation',
  });
  assert.match(
    text(await changed.text()),
    /The initiative is saved\. .*Chatbot på hjemmesiden Digital service and self-service borgerservice Implementation Red DKK\s?87,500\.50/,
  );
  assert.deepEqual(await auditActions(id), ['governance:initiative-create', 'governance:initiative-update']);
  assert.equal((await manager.follow(`/staff/governance/plan/initiatives/${randomUUID()}/edit`)).status, 404);
  assert.equal((await owner.follow('/staff/governance/plan/initiatives/new')).status, 403);
});

test('a KITOS file imports whole or not at all; the register exports as KITOS JSON', async () => {
  const upload = async (json: string) => {
    const { csrf } = await admin.form('/admin/governance/kitos?lang=da');
    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('file', new Blob([Buffer.from(json)], { type: 'application/json' }), 'kitos.json');
    return admin.request('/admin/governance/kitos?lang=da', { method: 'POST', body: form });
  };
  const systems = await count('governance_systems');
  const malformed = await upload('{"itSystems": [');
  assert.equal(malformed.status, 400);
  assert.match(text(await malformed.text()), /Filen er ikke gyldig JSON\./);
  const portal = {
    uuid: '11111111-1111-4111-8111-111111111111',
    name: 'Byggesagsportalen',
    kle: [{ name: '02.34' }],
    rightsHolder: { name: 'Byg A/S' },
  };
  const usage = (uuid: string, name: string) => ({
    uuid: randomUUID(),
    systemContext: { uuid, name },
    general: { validity: { valid: true, lifeCycleStatus: 'Operational' } },
    gdpr: { hostedAt: 'External', dataSensitivityLevels: ['PersonData'] },
  });
  const unknown = await upload(
    JSON.stringify({
      itSystems: [portal],
      itSystemUsages: [usage(portal.uuid, 'Byggesagsportalen'), usage(randomUUID(), 'Skoleintra')],
    }),
  );
  assert.equal(unknown.status, 400);
  assert.match(
    text(await unknown.text()),
    /itSystemUsages\.1\.systemContext: Anvendelsen henviser til et IT-system, filen ikke har: Skoleintra/,
  );
  assert.equal(await count('governance_systems'), systems, 'the valid usage was not imported either');
  const file = JSON.stringify({
    itSystems: [portal, { ...portal, uuid: randomUUID(), name: 'Sagsbehandlingssystemet' }],
    itSystemUsages: [usage(portal.uuid, 'Byggesagsportalen')],
  });
  const imported = await upload(file);
  assert.equal(imported.status, 303);
  assert.match(
    text(await (await admin.follow(imported.headers.get('location')!)).text()),
    /1 systemer er tilføjet; 0 fandtes allerede\./,
  );
  assert.equal(await count('governance_systems'), systems + 1);
  const again = await upload(file);
  assert.match(again.headers.get('location') ?? '', /added=0&skipped=1/);
  const id = await systemId(app.raadhus, 'Byggesagsportalen');
  assert.deepEqual(await auditActions(id), ['governance:system-import']);
  const page = text(await (await admin.follow(`/staff/governance/systems/${id}?lang=da`)).text());
  assert.match(page, /Leverandør Byg A\/S .*Livscyklus I drift .*Drift Cloud .*Persondata Almindelige/);
  const exported = await (await manager.follow('/staff/governance/systems.kitos.json')).json();
  const caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
  const own = exported.itSystemUsages.find(
    (entry: { systemContext: { uuid: string } }) => entry.systemContext.uuid === caseSystem,
  );
  assert.equal(own.general.validity.lifeCycleStatus, 'Operational');
  assert.deepEqual(own.gdpr.specificPersonalData, ['CprNumber']);
  assert.equal((await owner.follow('/admin/governance/kitos')).status, 403);
});
