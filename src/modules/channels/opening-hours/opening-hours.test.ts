import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { closureProblems, hoursFrom, type HoursVersion, hoursVersion, parseSlots } from './opening-hours.ts';

const week = (slots: Array<{ opens: string; closes: string }>) => ({
  1: slots,
  2: slots,
  3: slots,
  4: slots,
  5: slots,
  6: [],
  7: [],
});
const desk: HoursVersion = {
  placeCode: 'raadhus',
  name: { da: 'Borgerservice, Rådhuset', en: 'Citizen Service, City Hall' },
  channel: 'attendance',
  validFrom: '2026-01-01',
  week: week([
    { opens: '08:00', closes: '12:00' },
    { opens: '13:00', closes: '15:30' },
  ]),
};

test('slots as typed: several a day, in order; bad times, order and overlaps named', () => {
  assert.deepEqual(parseSlots('13:00-15:30, 08.00 – 12.00'), {
    slots: [
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '15:30' },
    ],
  });
  assert.deepEqual(parseSlots(''), { slots: [] });
  assert.deepEqual(parseSlots('8-12'), { problem: 'channels.hours.slotFormat' });
  assert.deepEqual(parseSlots('25:00-26:00'), { problem: 'channels.hours.slotFormat' });
  assert.deepEqual(parseSlots('12:00-08:00'), { problem: 'channels.hours.slotOrder' });
  assert.deepEqual(parseSlots('08:00-12:00, 11:00-14:00'), { problem: 'channels.hours.slotOverlap' });
});

test('a week around Christmas: weekly slots, public holidays, a closure and a new version from its day', () => {
  const later: HoursVersion = { ...desk, validFrom: '2026-12-28', week: week([{ opens: '10:00', closes: '14:00' }]) };
  const closure = {
    id: 'c',
    placeCode: 'raadhus',
    from: '2026-12-22',
    to: '2026-12-22',
    reason: { da: 'Personalemøde', en: 'Staff meeting' },
  };
  const days = hoursFrom([desk, later], [closure], '2026-12-21', 8);
  assert.deepEqual(
    days.map((day) =>
      day.open
        ? `${day.day} ${day.slots.map((s) => `${s.opens}-${s.closes}`).join(',')}`
        : `${day.day} ${day.why} ${day.reason?.da ?? ''}`.trim(),
    ),
    [
      '2026-12-21 08:00-12:00,13:00-15:30',
      '2026-12-22 closure Personalemøde',
      '2026-12-23 08:00-12:00,13:00-15:30',
      '2026-12-24 holiday Juleaftensdag',
      '2026-12-25 holiday Juledag',
      '2026-12-26 holiday 2. juledag',
      '2026-12-27 weekly',
      '2026-12-28 10:00-14:00',
    ],
  );
});

test('a version starts today or later and after the latest; a closure may not overlap another', () => {
  const form = {
    placeCode: 'raadhus',
    nameDa: 'Rådhuset',
    nameEn: 'City Hall',
    channel: 'attendance',
    validFrom: '2026-12-10',
    day1: '08:00-12:00',
  };
  assert.ok('version' in hoursVersion(form, '2026-12-07', '2026-12-01'));
  const fields = (values: Record<string, string>, latest?: string) => {
    const result = hoursVersion({ ...form, ...values }, '2026-12-07', latest);
    return 'problems' in result ? result.problems.map((p) => `${p.field}:${p.key}`) : [];
  };
  assert.deepEqual(fields({ validFrom: '2026-12-01' }), ['validFrom:channels.hours.validFromPast']);
  assert.deepEqual(fields({}, '2026-12-10'), ['validFrom:channels.hours.validFromAfterLatest']);
  assert.deepEqual(fields({ placeCode: 'Råd hus', channel: 'fax', day3: '9-17' }), [
    'placeCode:channels.hours.placeCodeInvalid',
    'channel:channels.register.channelInvalid',
    'day3:channels.hours.slotFormat',
  ]);
  const existing = [
    { id: 'a', placeCode: 'raadhus', from: '2026-12-20', to: '2026-12-27', reason: { da: 'x', en: 'x' } },
  ];
  const closure = {
    placeCode: 'raadhus',
    from: '2026-12-27',
    to: '2026-12-30',
    reason: { da: 'Flytning', en: 'Moving' },
  };
  const places = new Set(['raadhus']);
  assert.deepEqual(
    closureProblems(closure, '2026-12-07', existing, places).map((p) => [p.field, p.key, p.values]),
    [['from', 'channels.hours.closureOverlap', { from: '2026-12-20', to: '2026-12-27' }]],
  );
  assert.deepEqual(closureProblems({ ...closure, from: '2026-12-28' }, '2026-12-07', existing, places), []);
  assert.equal(
    closureProblems({ ...closure, placeCode: 'nowhere' }, '2026-12-07', [], places)[0].key,
    'channels.hours.placeUnknown',
  );
  assert.equal(
    closureProblems({ ...closure, from: '2026-11-01', to: '2026-11-02' }, '2026-12-07', [], places)[0].key,
    'channels.hours.closurePast',
  );
});

let app: TestApp;
let admin: TestClient;
before(async () => {
  app = await startTestApp();
  admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
});
after(() => app?.close());

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(app.raadhus.database.db))
      .rows[0].n,
  );

test('the administrator keeps a desk’s hours and a closure; "Kontakt kommunen" shows them; bad input stores nothing', async () => {
  const today = danishDay();
  const tomorrow = addDays(today, 1);
  const { html, csrf } = await admin.form('/admin/channels/opening-hours/new?lang=da');
  assert.match(html, /Mandag/);
  const slots = '08:00-12:00, 13:00-15:30';
  const fields = {
    _csrf: csrf,
    placeCode: 'raadhus',
    nameDa: 'Borgerservice, Rådhuset',
    nameEn: 'Citizen Service, City Hall',
    channel: 'attendance',
    validFrom: today,
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`day${day}`, slots])),
  };
  const bad = await admin.submit('/admin/channels/opening-hours', {
    ...fields,
    day2: '13:00-12:00',
    validFrom: '2020-01-01',
  });
  assert.equal(bad.status, 400);
  const badPage = await bad.text();
  assert.match(badPage, /Et tidsrum skal slutte efter, det begynder\./);
  assert.match(badPage, /Vælg i dag eller en senere dag\./);
  assert.equal(await count('channels_opening_hours'), 0);

  const saved = await (await admin.submit('/admin/channels/opening-hours', fields)).text();
  assert.match(saved, /Åbningstiderne er gemt\./);
  assert.match(saved, /Borgerservice, Rådhuset/);
  const again = await admin.submit('/admin/channels/opening-hours', fields);
  assert.equal(again.status, 400);
  assert.match(await again.text(), /Vælg en dag efter stedets seneste version, som gælder fra/);
  assert.equal(await count('channels_opening_hours'), 1);

  const closure = await admin.form('/admin/channels/opening-hours/closures/new?lang=da');
  const closureFields = {
    _csrf: closure.csrf,
    placeCode: 'raadhus',
    from: tomorrow,
    to: tomorrow,
    reasonDa: 'Flytning af borgerservice',
    reasonEn: 'Citizen Service is moving',
  };
  const noReason = await admin.submit('/admin/channels/opening-hours/closures', { ...closureFields, reasonEn: '' });
  assert.equal(noReason.status, 400);
  assert.match(await noReason.text(), /Skriv begrundelsen på både dansk og engelsk\./);
  assert.match(
    await (await admin.submit('/admin/channels/opening-hours/closures', closureFields)).text(),
    /Lukningen er gemt\./,
  );
  const overlap = await admin.submit('/admin/channels/opening-hours/closures', closureFields);
  assert.equal(overlap.status, 400);
  assert.match(await overlap.text(), /Stedet er allerede lukket/);
  assert.equal(await count('channels_closures'), 1);

  // the public page of a purpose offered at the desk: the hours of the next seven days, the closure among them
  const citizen = new TestClient(app.url);
  const page = await (await citizen.follow('/contact/passport?lang=da')).text();
  assert.match(page, /Åbningstider de næste syv dage: Borgerservice, Rådhuset/);
  assert.match(page, /Lukket: Flytning af borgerservice/);
  assert.match(page, /08:00–12:00 og 13:00–15:30|Lukket \(/);
  const english = await (await citizen.follow('/contact/passport?lang=en')).text();
  assert.match(english, /Closed: Citizen Service is moving/);

  const manager = new TestClient(app.url);
  await manager.login('staff-manager-1');
  assert.equal((await manager.follow('/admin/channels/opening-hours')).status, 403);
});
