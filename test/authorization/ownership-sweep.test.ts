import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { csrfTokenIn, TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import { createTestApiClient, demoAdministrator } from '#test-support/api-clients.ts';
import { can } from '#platform/auth/permissions.ts';
import type { Principal, StaffRole } from '#platform/auth/principal.ts';
import { pathParameters, type RegisteredRoute } from '#platform/http/route-registry.ts';
import { demoBusinesses, demoCitizens } from '#modules/identity/demo-data.ts';
import { addLocation } from '#modules/frontdesk/test-support/frontdesk-fixtures.ts';

/**
 * The ownership sweep, beside the role matrix: real records of two citizens, two businesses and two departments,
 * then every route that declares the `record` it exposes is called as each wrong owner — the other citizen, the
 * other business, a staff member of the other department holding every caseworker, front desk and manager
 * permission, an administrator, an API client of the other department with every scope, and one without
 * scopes — with the right method and a valid body. Each must be refused (403 for want of the permission, 404
 * when the caller holds it and the record rule refuses, so the answer is the one for an unknown id: a problem
 * document on /api, an error page otherwise) and nothing stored may change. Routes come from the route registry and records
 * from one factory per kind, so a new record route is covered by declaring its kind, and a kind without a
 * factory fails the sweep. The owners then read each record (so the sweep cannot pass by refusing everybody).
 */

const callerNames = [
  'citizen A',
  'citizen B',
  'business A',
  'business B',
  'staff A',
  'staff B',
  'administrator',
  'client A',
  'client B',
  'client without scopes',
] as const;
type CallerName = (typeof callerNames)[number];

interface Caller {
  name: CallerName;
  principal: Principal;
  client: TestClient;
  /** a CSRF token of this browser's session (form posts) */
  csrf?: string;
  /** the API key (API clients call /api routes only; browsers call pages only) */
  key?: string;
}

/** One record made for the A side, with the path parameters that reach it and who owns it. */
interface RecordInstance {
  params: Record<string, string>;
  /** the callers allowed to reach this record; every other caller is a wrong owner */
  owners: CallerName[];
  /** texts of the record that a refusal must not show (a subject, a title, a name) */
  secrets?: string[];
}

/** Every staff permission except the administrator's: a wrong-department caller is refused for the record, not the role. */
const staffRoles: StaffRole[] = ['caseworker', 'front_desk', 'manager'];
const departmentA = 'ydelser'; // the housing-benefit case type's department
const departmentB = 'teknik';

let app: TestApp;
let routes: readonly RegisteredRoute[];
const callers = new Map<CallerName, Caller>();
const records = new Map<string, RecordInstance[]>();
const caller = (name: CallerName) => callers.get(name)!;

const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function browser(name: CallerName, account: string): Promise<Caller> {
  const client = new TestClient(app.url);
  const landing = await client.login(account);
  const csrf = csrfTokenIn(await landing.text());
  return { name, principal: undefined as unknown as Principal, client, csrf };
}

async function pageForm(client: TestClient, path: string): Promise<string> {
  const response = await client.follow(path);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return csrfTokenIn(await response.text());
}

/** Record factories, one per kind that routes declare: each makes a real record of the A side the way the app does. */
const factories: Record<string, () => Promise<RecordInstance[]>> = {
  case: () =>
    Promise.all([
      caseOf('citizen A', { personId: caller('citizen A').principal.id }),
      caseOf('business A', { businessId: caller('business A').principal.id }),
    ]),
  message: () =>
    Promise.all([
      letterTo('citizen A', 'cpr', caller('citizen A').principal.cpr!),
      letterTo('business A', 'cvr', caller('business A').principal.cvr!),
    ]),
  draft: () =>
    Promise.all([
      draftOf('citizen A', 'dog-registration', 'dog'),
      draftOf('business A', 'building-permit-business', 'company'),
    ]),
  'print-batch': async () => [await printBatch()],
  'bulk-letter': async () => [await bulkLetter()],
  reminder: async () => [await reminder()],
  notification: async () => [await notification()],
  submission: async () => [await submission()],
  appointment: async () => [await appointment()],
  conversation: async () => [await conversation()],
  'desk-conversation': async () => [await deskConversation()],
  callback: async () => [await callback()],
  'staff-member': async () => [{ params: { id: caller('staff B').principal.id }, owners: ['administrator'] }],
  'access-request': async () => [await accessRequest()],
  'post-list-entry': async () => [await postListEntry()],
  'api-client': async () => {
    const created = await createTestApiClient(app.raadhus, { name: 'Sweep: to be revoked', scopes: [] });
    return [{ params: { id: created.id }, owners: ['administrator'] }];
  },
};

/** A letter of department A's on the post list: its caseworkers keep it off the list, no one else. */
async function postListEntry(): Promise<RecordInstance> {
  const [entryId] = await app.raadhus.services.openness.postList.register([
    {
      case_reference: 'YDE-2026-0002',
      case_type_code: 'free-school-meals',
      case_title: 'Fripladser i skolefritidsordning',
      document_title: 'Brev om fripladser',
      document_text: 'Fortrolig passage om en friplads.',
      direction: 'out',
      party_category: 'authority',
      party_name: 'Skolen',
      department_code: departmentA,
      registered_at: new Date(Date.now() - 30 * 86_400_000),
    },
  ]);
  return { params: { id: entryId }, owners: ['staff A'], secrets: ['Fortrolig passage om en friplads'] };
}

/** A request for access to a letter of department A's, from an anonymous requester: staff A's department handles it. */
async function accessRequest(): Promise<RecordInstance> {
  const { openness } = app.raadhus.services;
  const [entryId] = await openness.postList.register([
    {
      case_reference: 'YDE-2026-0001',
      case_type_code: 'free-school-meals',
      case_title: 'Fripladser i skolefritidsordning',
      document_title: 'Notat om fripladser',
      document_text: 'Hemmelig passage om fripladser.',
      direction: 'out',
      party_category: 'authority',
      party_name: 'Skolen',
      department_code: departmentA,
      registered_at: new Date(Date.now() - 30 * 86_400_000),
    },
  ]);
  const { id } = await openness.requests.submit(undefined, {
    entryIds: [entryId],
    description: '',
    email: 'sweep@example.com',
    kind: 'public',
  });
  return { params: { id, entry: entryId }, owners: ['staff A'], secrets: ['Hemmelig passage om fripladser'] };
}

async function caseOf(
  party: CallerName,
  applicant: { personId: string } | { businessId: string },
): Promise<RecordInstance> {
  const { cases } = app.raadhus.services;
  const title = `Sag om boligstøtte for ${party}`;
  const created = await cases.createCase(app.raadhus.database.db, caller('client A').principal, {
    caseTypeCode: 'housing-benefit',
    applicant,
    channel: 'api',
    title,
    fields: { monthlyRent: 6500 },
  });
  const staffA = caller('staff A').principal;
  const document = await cases.addDocumentFromApi(caller('client A').principal, created.caseId, {
    filename: 'afgoerelse.pdf',
    contentType: 'application/pdf',
    content: tinyPdf,
    documentType: 'attachment',
    title: 'Hemmelig afgørelse',
    sharedWithParties: true,
  });
  await cases.addTask(staffA, created.caseId, { title: 'Ring til ansøgeren' });
  const { rows } = await sql<{ id: string }>`select id from cases_tasks where case_id = ${created.caseId}`.execute(
    app.raadhus.database.db,
  );
  return {
    params: { id: created.caseId, documentId: document.documentId, taskId: rows[0].id },
    owners: [party, 'staff A', 'client A'],
    secrets: [title, created.reference, 'Hemmelig afgørelse'],
  };
}

async function letterTo(owner: CallerName, recipientKind: 'cpr' | 'cvr', recipient: string): Promise<RecordInstance> {
  const { post } = app.raadhus.services;
  const subject = `Hemmeligt brev til ${owner}`;
  const sent = await post.staff.sendAsStaff(caller('staff A').principal, {
    recipientKind,
    recipient,
    purpose: 'ownership sweep',
    subject,
    body: 'Du får boligstøtte.',
    replyAllowed: true,
    attachments: [{ filename: 'afgoerelse.pdf', contentType: 'application/pdf', content: tinyPdf }],
  });
  const { rows } = await sql<{
    id: string;
  }>`select id from post_attachments where message_id = ${sent.messageId}`.execute(app.raadhus.database.db);
  return {
    params: { id: sent.messageId, attachmentId: rows[0].id },
    owners: [owner, 'staff A', 'client A'],
    secrets: [subject, 'Du får boligstøtte'],
  };
}

async function printBatch(): Promise<RecordInstance> {
  const { post } = app.raadhus.services;
  // a letter to a business that has not signed up for digital post is printed
  await post.staff.sendAsStaff(caller('staff A').principal, {
    recipientKind: 'cvr',
    recipient: demoBusinesses[4].cvr,
    purpose: 'ownership sweep',
    subject: 'Brev på papir',
    body: 'Et brev.',
    replyAllowed: false,
    attachments: [],
  });
  const [batch] = await post.print.batches(caller('staff A').principal);
  assert.ok(batch, 'a letter to someone not signed up opens a print batch');
  if (batch.status === 'open') await post.print.close(caller('staff A').principal, batch.id);
  // print batches are the whole municipality's: every front desk prints them
  return { params: { id: batch.id }, owners: ['staff A', 'staff B'] };
}

async function bulkLetter(): Promise<RecordInstance> {
  const { post } = app.raadhus.services;
  const citizenA = caller('citizen A').principal;
  const created = await post.bulk.create(caller('staff A').principal, {
    subject: 'Nyt om affald',
    body: 'Kære {navn}',
    replyAllowed: false,
    source: 'csv',
    csv: `cpr;navn\n${citizenA.cpr};Anne\n`,
  });
  return { params: { id: created.id }, owners: ['staff A', 'client A'], secrets: ['Nyt om affald'] };
}

async function reminder(): Promise<RecordInstance> {
  const { notify } = app.raadhus.services;
  const reminder = await notify.reminders.scheduleFor(caller('client A').principal, {
    recipient: { personId: caller('citizen A').principal.id },
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    place: 'Borgerservice, Rådhuspladsen 1',
    text: 'Møde om din sag',
    leadTimeHours: 24,
  });
  // staff manage every reminder (appointments move between colleagues); an API client only its own
  return { params: { id: reminder.id }, owners: ['client A', 'staff A', 'staff B'], secrets: ['Møde om din sag'] };
}

async function notification(): Promise<RecordInstance> {
  const { rows } = await sql<{ id: string }>`select id from notify_notifications order by created_at limit 1`.execute(
    app.raadhus.database.db,
  );
  assert.ok(rows[0], 'the demo letters were notified');
  return { params: { id: rows[0].id }, owners: ['administrator'] };
}

async function draftOf(owner: CallerName, solution: string, pageId: string): Promise<RecordInstance> {
  const browser = caller(owner).client;
  const csrf = await pageForm(browser, `/selfservice/solutions/${solution}`);
  const started = await browser.submit(`/selfservice/solutions/${solution}/start`, { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)?.[1];
  assert.ok(id, `${owner} could not start ${solution}: ${started.status}`);
  return { params: { id, pageId }, owners: [owner] };
}

async function submission(): Promise<RecordInstance> {
  const anne = caller('citizen A').client;
  let csrf = await pageForm(anne, '/selfservice/solutions/bulky-waste');
  const started = await anne.submit('/selfservice/solutions/bulky-waste/start', { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const answers: Array<[string, Record<string, string | string[]>]> = [
    ['address', { street: 'Testvej 1', postcode: '8000', city: 'Aarhus C' }],
    ['items', { items: ['furniture'], volume: 'medium' }],
    ['pickup', { pickupDate: inDays(10), placement: 'kerb', phone: '12 34 56 78' }],
  ];
  for (const [page, fields] of answers) {
    const path = `/selfservice/drafts/${id}/pages/${page}`;
    csrf = await pageForm(anne, path);
    const answered = await anne.submit(path, { _csrf: csrf, _action: 'next', ...fields });
    assert.equal(answered.status, 200, `${path}: ${answered.status}`);
  }
  csrf = await pageForm(anne, `/selfservice/drafts/${id}/summary`);
  const receipt = await anne.submit(`/selfservice/drafts/${id}/submit`, { _csrf: csrf });
  const submissionId = /submissions\/([0-9a-f-]{36})/.exec(receipt.url)?.[1];
  assert.ok(submissionId, `no receipt after submitting: ${receipt.status} ${receipt.url}`);
  return { params: { id: submissionId }, owners: ['citizen A'] };
}

/** Citizen A's booking at a desk run by department A: the citizen and that department's desk may reach it. */
async function appointment(): Promise<RecordInstance> {
  const { frontdesk } = app.raadhus.services;
  await addLocation(app.raadhus, { code: 'sweep', counters: 1, departmentCode: departmentA, services: ['passport'] });
  const [slot] = await frontdesk.booking.freeSlots('passport', 'sweep', 1);
  const request = { serviceCode: 'passport', locationCode: 'sweep', persons: 1, startsAt: slot.startsAt };
  const booked = await frontdesk.booking.book(caller('citizen A').principal, request);
  return { params: { id: booked.id }, owners: ['citizen A', 'staff A'] };
}

/** A Wednesday at 10:00 in Copenhagen, when the demo web chat is open. */
const chatOpen = new Date('2026-12-09T09:00:00Z');

/** Citizen A's web chat with borgerservice: only citizen A reaches it as its visitor. */
async function conversation(): Promise<RecordInstance> {
  const { chat } = app.raadhus.services.frontdesk;
  const request = { purposeCode: 'passport', text: 'Sweep: hemmeligt spørgsmål om pas', locale: 'da' as const };
  const started = await chat.start({ principal: caller('citizen A').principal }, request, chatOpen);
  return { params: { id: started.id }, owners: ['citizen A'], secrets: ['Sweep: hemmeligt spørgsmål om pas'] };
}

/** Business A's web chat with department A's desk (pensions): only staff A answers it. */
async function deskConversation(): Promise<RecordInstance> {
  const { chat } = app.raadhus.services.frontdesk;
  const request = { purposeCode: 'pension', text: 'Sweep: hemmeligt spørgsmål om pension', locale: 'da' as const };
  const started = await chat.start({ principal: caller('business A').principal }, request, chatOpen);
  return { params: { id: started.id }, owners: ['staff A'], secrets: ['Sweep: hemmeligt spørgsmål om pension'] };
}

/** A callback asked for by staff A for a purpose of department A (housing benefit): department A's to make. */
async function callback(): Promise<RecordInstance> {
  const { channels } = app.raadhus.services;
  const inquiryId = await channels.inquiries.registerByStaff(caller('staff A').principal, {
    purposeCode: 'housing-benefit',
    channel: 'phone',
    resolvedFirstContact: false,
    couldBeDigital: false,
    digitalHelp: false,
    callback: { note: 'Ring 20 30 40 50 om boligstøtte' },
  });
  const { rows } = await sql<{ id: string }>`select id from channels_callbacks where inquiry_id = ${inquiryId}`.execute(
    app.raadhus.database.db,
  );
  return { params: { id: rows[0].id }, owners: ['staff A'] };
}

/** A valid body for every route that takes one: a refusal must come from whose record it is, not from bad input. */
type Body = { form: Record<string, string | string[]> } | { multipart: Record<string, string> } | { json: unknown };
const bodies: Record<string, (record: RecordInstance) => Body> = {
  'POST /my/cases/:id/documents': () => ({ multipart: { documentType: 'attachment' } }),
  'POST /my/cases/:id/transitions': () => ({ form: { transitionId: 'withdraw', confirm: 'yes' } }),
  'POST /staff/cases/:id/assign': () => ({ form: { assignee: caller('staff A').principal.id } }),
  'POST /staff/cases/:id/transitions': () => ({ form: { transitionId: 'start_review' } }),
  'POST /staff/cases/:id/notes': () => ({ form: { body: 'Ringede til ansøgeren.' } }),
  'POST /staff/cases/:id/tasks': () => ({ form: { taskTitle: 'Indhent lejekontrakt', dueDate: inDays(5) } }),
  'POST /staff/cases/:id/tasks/:taskId/done': () => ({ form: {} }),
  'POST /staff/callbacks/:id/done': () => ({ form: {} }),
  'POST /staff/cases/:id/processing-notice': () => ({
    form: { reason: 'Vi afventer en udtalelse.', expectedDay: inDays(60) },
  }),
  'POST /staff/cases/:id/documents': () => ({ multipart: { documentType: 'attachment' } }),
  'POST /staff/cases/:id/documents/:documentId/share': () => ({ form: { shared: 'false' } }),
  'POST /staff/cases/:id/hand-off': () => ({ form: { department: departmentB, reason: 'Hører til Teknik' } }),
  'PATCH /api/v1/cases/:id': () => ({ json: { fields: { monthlyRent: 7000 } } }),
  'POST /api/v1/cases/:id/documents': () => ({
    json: { filename: 'bilag.pdf', documentType: 'attachment', contentBase64: tinyPdf.toString('base64') },
  }),
  'POST /api/v1/cases/:id/transitions': () => ({ json: { transition: 'start_review' } }),
  'POST /post/messages/:id/reply': () => ({ form: { body: 'Tak for brevet.' } }),
  'POST /post/messages/:id/move': () => ({ form: { folder: 'archive' } }),
  'POST /staff/post/messages/:id/answer': () => ({ form: { body: 'Svar fra kommunen.', replyAllowed: 'yes' } }),
  'POST /staff/post/print/batches/:id/close': () => ({ form: {} }),
  'POST /staff/post/print/batches/:id/posted': () => ({ form: {} }),
  'POST /staff/post/bulk/:id/cancel': () => ({ form: {} }),
  'POST /staff/reminders/:id/cancel': () => ({ form: {} }),
  'POST /admin/notify/notifications/:id/retry': () => ({ form: {} }),
  'POST /selfservice/drafts/:id/pages/:pageId': () => ({
    form: { _action: 'next', dogName: 'Fido', breed: 'Puddel', born: inDays(-400), chip: '123456789012345' },
  }),
  'POST /selfservice/drafts/:id/submit': () => ({ form: {} }),
  'POST /selfservice/drafts/:id/delete': () => ({ form: {} }),
  'POST /admin/staff/:id': () => ({ form: { roles: ['caseworker'], departmentId: '' } }),
  'POST /admin/api-clients/:id/revoke': () => ({ form: {} }),
  'POST /my/appointments/:id/cancel': () => ({ form: {} }),
  'POST /staff/frontdesk/appointments/:id/mark': () => ({ form: { mark: 'arrived' } }),
  'POST /chat/:id/messages': () => ({ form: { text: 'Hej igen' } }),
  'POST /chat/:id/end': () => ({ form: {} }),
  'POST /chat/:id/transcript': () => ({ form: {} }),
  'POST /staff/frontdesk/chat/:id/take': () => ({ form: {} }),
  'POST /staff/frontdesk/chat/:id/answer': () => ({ form: { text: 'Svar fra skranken' } }),
  'POST /staff/frontdesk/chat/:id/transfer': () => ({ form: { department: 'borgerservice' } }),
  'POST /staff/frontdesk/chat/:id/close': () => ({ form: { resolved: 'yes' } }),
  'POST /staff/openness/requests/:id/redactions': (record) => ({
    form: { entry: record.params.entry, passage: 'Hemmelig passage', ground: 'ofl-30-1' },
  }),
  'POST /staff/openness/requests/:id/extension': () => ({
    form: { delayReason: 'Mange dokumenter', expectedAt: inDays(30) },
  }),
  'POST /staff/openness/entries/:id/exclusion': () => ({ form: { exception: 'ofl-30-1' } }),
  'POST /staff/openness/requests/:id/decision': (record) => ({
    form: { decision: 'full', reason: 'Alt udleveres.', handOut: record.params.entry },
  }),
};

before(async () => {
  app = await startTestApp();
  routes = app.raadhus.http!.routeRegistry.all();
  const { identity } = app.raadhus.services;
  const administrator = await demoAdministrator(app.raadhus);
  const department = async (code: string) => (await identity.departmentByCode(code))!.id;
  const { staff } = await identity.testIdentities();
  const staffId = (subject: string) => staff.find((member) => member.subject === subject)!.id;
  // roles set by an administrator win over the identity provider's claim; set before the staff members log in
  await identity.setStaffRoles(administrator, staffId('staff-caseworker-1'), staffRoles, await department(departmentA));
  await identity.setStaffRoles(administrator, staffId('staff-caseworker-3'), staffRoles, await department(departmentB));

  const accounts: Array<[CallerName, string]> = [
    ['citizen A', `citizen-${demoCitizens[0].cpr}`],
    ['citizen B', `citizen-${demoCitizens[1].cpr}`],
    ['business A', `business-${demoBusinesses[0].cvr}`],
    ['business B', `business-${demoBusinesses[1].cvr}`],
    ['staff A', 'staff-caseworker-1'],
    ['staff B', 'staff-caseworker-3'],
    ['administrator', 'staff-admin-1'],
  ];
  for (const [name, account] of accounts) callers.set(name, await browser(name, account));
  const person = async (cpr: string) => (await identity.findPersonByCpr(cpr))!;
  const business = async (cvr: string) => (await identity.findBusinessByCvr(cvr))!;
  const citizen = (row: { id: string; name: string; cpr: string }): Principal => ({
    kind: 'citizen',
    id: row.id,
    name: row.name,
    cpr: row.cpr,
    roles: ['citizen'],
    assurance: 'substantial',
  });
  const firm = (row: { id: string; name: string; cvr: string }): Principal => ({
    kind: 'business',
    id: row.id,
    name: row.name,
    cvr: row.cvr,
    roles: ['business'],
    assurance: 'substantial',
  });
  const member = async (subject: string): Promise<Principal> => {
    const row = (await identity.getStaff(staffId(subject)))!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, departmentId: row.departmentId };
  };
  caller('citizen A').principal = citizen(await person(demoCitizens[0].cpr));
  caller('citizen B').principal = citizen(await person(demoCitizens[1].cpr));
  caller('business A').principal = firm(await business(demoBusinesses[0].cvr));
  caller('business B').principal = firm(await business(demoBusinesses[1].cvr));
  caller('staff A').principal = await member('staff-caseworker-1');
  caller('staff B').principal = await member('staff-caseworker-3');
  caller('administrator').principal = await member('staff-admin-1');

  const scopes = [...app.raadhus.services.identity.integrationScopes];
  const clients: Array<[CallerName, string[], string | null]> = [
    ['client A', scopes, await department(departmentA)],
    ['client B', scopes, await department(departmentB)],
    ['client without scopes', [], null],
  ];
  for (const [name, clientScopes, departmentId] of clients) {
    const created = await createTestApiClient(app.raadhus, { name, scopes: clientScopes, departmentId });
    callers.set(name, {
      name,
      principal: { kind: 'client', id: created.id, name, roles: ['integration'], scopes: clientScopes, departmentId },
      client: new TestClient(app.url),
      key: created.key,
    });
  }

  for (const kind of new Set(routes.flatMap((route) => (typeof route.record === 'string' ? [route.record] : []))))
    if (factories[kind]) records.set(kind, await factories[kind]());
  // the letters' notifications and the bulk letter run in the background; the sweep starts once they are done
  await snapshotTables(app.raadhus.database.db);
});
after(async () => {
  await app?.close();
});

const routeKey = (route: RegisteredRoute) => `${route.method} ${route.url}`;
const recordRoutes = () => routes.filter((route) => typeof route.record === 'string');
const concretePath = (url: string, params: Record<string, string>) =>
  url.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => params[name] ?? `missing-${name}`);
/** Cookies count on pages only, Bearer keys on the API only: each caller is tried where it can sign in. */
const callsOn = (who: Caller, route: RegisteredRoute) => (route.api ? Boolean(who.key) : !who.key);

async function call(who: Caller, route: RegisteredRoute, record: RecordInstance): Promise<Response> {
  const headers: Record<string, string> = {};
  let body: string | FormData | undefined;
  const declared = bodies[routeKey(route)]?.(record);
  if (route.api) {
    headers.accept = 'application/json';
    headers.authorization = `Bearer ${who.key}`;
    if (route.idempotent) headers['idempotency-key'] = randomUUID();
    if (declared && 'json' in declared) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(declared.json);
    }
  } else if (declared && 'multipart' in declared) {
    const form = new FormData();
    form.append('_csrf', who.csrf ?? '');
    for (const [name, value] of Object.entries(declared.multipart)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(tinyPdf)], { type: 'application/pdf' }), 'bilag.pdf');
    body = form;
  } else if (declared && 'form' in declared) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const fields = new URLSearchParams({ _csrf: who.csrf ?? '' });
    for (const [name, value] of Object.entries(declared.form))
      for (const item of [value].flat()) fields.append(name, item);
    body = fields.toString();
  }
  return who.client.request(concretePath(route.url, record.params), { method: route.method, headers, body });
}

test('every route with a path parameter declares the record it exposes, or why it exposes none', () => {
  const undeclared = routes
    .filter((route) => pathParameters(route.url).length > 0)
    .filter((route) => route.record === undefined || (route.record === false && !route.recordless?.trim()))
    .map(routeKey);
  assert.deepEqual(undeclared, [], 'declare `record: <kind>` or `record: false` with `recordless: <why>`');
  const misplaced = routes.filter((route) => route.recordless && route.record !== false).map(routeKey);
  assert.deepEqual(misplaced, [], '`recordless` goes with `record: false` only');
  assert.ok(recordRoutes().length >= 40, `expected the record routes of every module, found ${recordRoutes().length}`);
});

test('every record kind has a factory, and every non-GET record route a valid body', () => {
  const kinds = [...new Set(recordRoutes().map((route) => route.record as string))];
  assert.deepEqual(
    kinds.filter((kind) => !factories[kind]),
    [],
    'record kinds without a factory in the ownership sweep',
  );
  const withoutBody = recordRoutes()
    .filter((route) => route.method !== 'GET' && route.method !== 'DELETE' && !bodies[routeKey(route)])
    .map(routeKey);
  assert.deepEqual(withoutBody, [], 'record routes without a valid body in the ownership sweep');
  const unreachable = recordRoutes()
    .filter((route) =>
      pathParameters(route.url).some(
        (name) => !(records.get(route.record as string) ?? []).every((record) => record.params[name]),
      ),
    )
    .map(routeKey);
  assert.deepEqual(unreachable, [], 'record routes whose path parameters the factory does not give');
});

test('every wrong owner is refused on every record route, and nothing stored changes', async () => {
  const before = await snapshotTables(app.raadhus.database.db);
  const failures: string[] = [];
  let refusals = 0;
  let byRecord = 0; // refused although the caller holds the route's permission: the record rule refused
  const checkedRoutes = new Set<string>();
  for (const route of recordRoutes()) {
    for (const record of records.get(route.record as string) ?? []) {
      for (const name of callerNames) {
        const who = caller(name);
        if (record.owners.includes(name) || !callsOn(who, route)) continue;
        const response = await call(who, route, record);
        const type = response.headers.get('content-type') ?? '';
        const text = await response.text();
        const what = `${name} → ${routeKey(route)} (${route.record} of ${record.owners[0]})`;
        const leaked = (record.secrets ?? []).filter((secret) => text.includes(secret));
        // refused by the record rule (the caller holds the route's permission): "not found", as an unknown id
        const permitted = !route.permission || can(who.principal, route.permission);
        if (response.status !== 403 && response.status !== 404)
          failures.push(`${what}: expected 403 or 404, got ${response.status} ${text.slice(0, 200)}`);
        else if (permitted && response.status !== 404)
          failures.push(`${what}: refused by the record rule, expected 404 as for an unknown id, got 403`);
        else if (route.api && !type.includes('application/problem+json'))
          failures.push(`${what}: expected a problem document, got ${type}`);
        else if (!route.api && !type.includes('text/html'))
          failures.push(`${what}: expected an error page, got ${type}`);
        else if (leaked.length) failures.push(`${what}: the refusal shows ${leaked.join(', ')}`);
        else {
          refusals++;
          if (permitted) byRecord++;
          checkedRoutes.add(routeKey(route));
        }
      }
    }
  }
  const after = await snapshotTables(app.raadhus.database.db);
  assert.deepEqual(failures, [], `wrong owners not refused:\n${failures.join('\n')}`);
  // A refused idempotent API call keeps its answer under the caller's own key (a retry replays it): the
  // caller's bookkeeping, not a record, so it is the one table left out.
  const changed = changedTables(before, after).filter((table) => !table.startsWith('idempotency_keys:'));
  assert.deepEqual(changed, [], 'refused requests changed stored data');
  console.log(
    `${refusals} wrong-owner refusals on ${checkedRoutes.size} record routes (${byRecord} by the record rule, the rest by role)`,
  );
  assert.ok(byRecord >= checkedRoutes.size, `only ${byRecord} refusals came from a record rule`);
  assert.equal(checkedRoutes.size, recordRoutes().length, 'every record route was called by a wrong owner');
});

test('the owners of each record can read it: the sweep does not pass by refusing everybody', async () => {
  const failures: string[] = [];
  const readKinds = new Set<string>();
  let reads = 0;
  for (const route of recordRoutes().filter((candidate) => candidate.method === 'GET')) {
    for (const record of records.get(route.record as string) ?? []) {
      for (const name of record.owners) {
        const who = caller(name);
        if (!callsOn(who, route) || (route.permission && !can(who.principal, route.permission))) continue;
        const response = await call(who, route, record);
        await response.arrayBuffer();
        // a draft's first page is a redirect to the page to fill in: fine, unless it is to log in
        const location = response.headers.get('location') ?? '';
        const read = response.status === 200 || (response.status === 302 && !location.startsWith('/auth/'));
        if (!read) failures.push(`${name} → ${routeKey(route)}: expected 200, got ${response.status} ${location}`);
        else {
          reads++;
          readKinds.add(route.record as string);
        }
      }
    }
  }
  assert.deepEqual(failures, [], `owners refused their own records:\n${failures.join('\n')}`);
  const kindsWithRead = new Set(recordRoutes().flatMap((route) => (route.method === 'GET' ? [route.record] : [])));
  assert.deepEqual(
    [...kindsWithRead].filter((kind) => !readKinds.has(kind as string)),
    [],
  );
  console.log(`${reads} owner reads on the GET record routes`);
});
