import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { demoServices } from './demo-data.ts';
import { insertCatalogue } from './repository/catalogue.repository.ts';
import { sql } from 'kysely';
import { appointmentCount, demoCitizen } from './test-support/frontdesk-fixtures.ts';
import { manageToken } from './manage-link.ts';
import { slotValue as slotOf } from './slot-value.ts';

/** The booking pages over HTTP without JavaScript, in Danish and English, and what they refuse. */
let app: TestApp;
let citizen: TestClient;
let desk: TestClient;
before(async () => {
  app = await startTestApp();
  citizen = new TestClient(app.url);
  desk = new TestClient(app.url);
  await citizen.login(`citizen-${demoCitizens[0].cpr}`);
  await desk.login('staff-front-desk-1');
  // a service whose purpose (change of address) has a self-service solution: the booking offers it first
  await insertCatalogue(app.raadhus.database.db, {
    services: [
      { ...demoServices[0], code: 'moving', purpose_code: 'change-of-address', name_da: 'Flytning', name_en: 'Moving' },
    ],
    locations: [],
    hours: [],
    availability: [
      {
        service_code: 'moving',
        location_code: 'town-hall',
        weekday: 1,
        starts: '10:00',
        ends: '11:00',
        valid_from: '2026-01-01',
        valid_to: null,
      },
    ],
  });
});
after(() => app?.close());

const text = async (response: Response) => ({ status: response.status, html: await response.text() });

test('a citizen books a passport for two in four steps, gets the receipt in digital post and an ICS file, and cancels', async () => {
  const first = await text(await citizen.follow('/appointments/book?lang=da'));
  assert.match(first.html, /<h1>Book tid i Borgerservice<\/h1>/);
  assert.match(first.html, /<label for="field-service-passport">Pas<\/label>/);
  assert.match(first.html, /<label for="field-service-driving-licence">Kørekort<\/label>/);
  const location = await text(await citizen.follow('/appointments/book/location?service=passport&persons=2'));
  assert.match(location.html, /Pas for 2 person\(er\)\./);
  assert.match(location.html, /Rådhuset, Borgerservice, Rådhuspladsen 1/);
  assert.doesNotMatch(location.html, /Du kan klare det selv på nettet/);
  const times = await text(
    await citizen.follow('/appointments/book/time?service=passport&persons=2&location=town-hall'),
  );
  assert.match(times.html, /<h1>Vælg dag og tid<\/h1>/);
  const slot = /name="slot" value="([^"]+)"/.exec(times.html)?.[1];
  assert.ok(slot, 'the time step lists a free slot');
  const [day, hhmm] = slot.split('T');
  const clock = `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`;
  // choosing the time holds it (a POST, the CSRF token from the time step's form) and shows the confirm page
  const { csrf } = await citizen.form('/appointments/book/time?service=passport&persons=2&location=town-hall');
  const choice = { _csrf: csrf, service: 'passport', persons: '2', location: 'town-hall', slot };
  const held = await citizen.submit('/appointments/book/hold', choice);
  const confirm = await text(held);
  const hold = /[?&]hold=([0-9a-f-]{36})/.exec(held.url)?.[1];
  assert.ok(hold, `expected the confirm page of a hold, got ${held.url}`);
  assert.match(confirm.html, /<h1>Bekræft din tid<\/h1>/);
  assert.match(confirm.html, /<th scope="row">Varighed<\/th><td>25 minutter<\/td>/);
  assert.match(confirm.html, new RegExp(`<th scope="row">Tid</th><td>${clock}</td>`));
  assert.match(confirm.html, /Dit gamle pas, et billede-id og et pasfoto hvis du har et\./);
  assert.match(confirm.html, /Tiden er holdt til dig til kl\. \d\d:\d\d\. Bekræft den inden da\./);
  const other = new TestClient(app.url);
  await other.login(`citizen-${demoCitizens[5].cpr}`);
  // someone else's hold is not theirs to confirm
  const { csrf: otherCsrf } = await other.form('/appointments/book');
  const stolen = await text(await other.submit('/appointments/book/confirm', { _csrf: otherCsrf, hold }));
  assert.equal(stolen.status, 409);
  assert.match(stolen.html, /Tiden er ikke længere holdt til dig\. Vælg en tid igen\./);
  const booked = await citizen.submit('/appointments/book/confirm', { _csrf: csrf, hold });
  const receipt = await text(booked);
  assert.equal(receipt.status, 200);
  assert.match(receipt.html, /Din tid er booket/);
  assert.match(receipt.html, /Kvitteringen er sendt til din digitale post\./);
  const id = /\/my\/appointments\/([0-9a-f-]{36})/.exec(booked.url)?.[1];
  assert.ok(id, `expected the receipt page, got ${booked.url}`);
  const ics = await citizen.follow(`/my/appointments/${id}/calendar.ics`);
  assert.match(ics.headers.get('content-type') ?? '', /text\/calendar/);
  const calendar = await ics.text();
  assert.match(calendar, /SUMMARY:Borgerservice: Pas/);
  assert.match(calendar, /DTSTART:\d{8}T\d{6}Z/);
  const inbox = await text(await citizen.follow('/post'));
  assert.match(inbox.html, new RegExp(`Din tid i Borgerservice: Pas ${day} kl\\. ${clock}`));
  // a second passport booking is refused beside the time step, and nothing is stored
  const stored = await appointmentCount(app.raadhus);
  const second = await citizen.submit('/appointments/book/hold', { ...choice, persons: '1' });
  const refused = await text(second);
  assert.equal(refused.status, 409);
  assert.match(refused.html, /Du har allerede en tid til denne ydelse\./);
  assert.equal(await appointmentCount(app.raadhus), stored);
  // the desk sees the citizen on the day plan
  const plan = await text(await desk.follow(`/staff/frontdesk?location=town-hall&day=${day}`));
  assert.match(plan.html, new RegExp(`<th scope="row">${clock}</th><td>${demoCitizens[0].name}</td><td>Pas</td>`));
  const mine = await text(await citizen.follow('/my/appointments'));
  assert.match(mine.html, /<th scope="row">Pas<\/th>/);
  assert.match(mine.html, /<td>Booket<\/td>/);
  const cancelled = await text(await citizen.submit(`/my/appointments/${id}/cancel`, { _csrf: csrf }));
  assert.match(cancelled.html, /Din tid er aflyst\./);
  assert.match(cancelled.html, /<td>Aflyst<\/td>/);
  const again = await text(await citizen.submit(`/my/appointments/${id}/cancel`, { _csrf: csrf }));
  assert.equal(again.status, 409);
  assert.match(again.html, /Aftalen kan ikke aflyses/);
});

test('bad input on each step gets its message in Danish and in English, and books nothing', async () => {
  const stored = await appointmentCount(app.raadhus);
  const noService = await text(await citizen.follow('/appointments/book/location?service=dragon&persons=1&lang=da'));
  assert.equal(noService.status, 400);
  assert.match(noService.html, /Vælg hvad du skal have ordnet\./);
  const tooMany = await text(await citizen.follow('/appointments/book/location?service=passport&persons=9'));
  assert.equal(tooMany.status, 400);
  assert.match(tooMany.html, /Vælg mellem 1 og 4 personer\./);
  const noPlace = await text(await citizen.follow('/appointments/book/time?service=passport&persons=1&location=mars'));
  assert.match(noPlace.html, /Vælg et sted fra listen\./);
  const { csrf } = await citizen.form('/appointments/book');
  const past = {
    _csrf: csrf,
    service: 'driving-licence',
    persons: '1',
    location: 'town-hall',
    slot: '2020-01-06T1000',
  };
  const refused = await text(await citizen.submit('/appointments/book/hold', past));
  assert.equal(refused.status, 400);
  assert.match(refused.html, /Tiden kan ikke bookes: book mindst 2 timer før og højst 60 dage frem\./);
  const garbled = await text(await citizen.submit('/appointments/book/hold', { ...past, slot: '<script>' }));
  assert.equal(garbled.status, 400);
  assert.match(garbled.html, /Vælg en ledig tid\./);
  const noHold = await text(await citizen.submit('/appointments/book/confirm', { _csrf: csrf, hold: 'x' }));
  assert.equal(noHold.status, 409);
  assert.match(noHold.html, /Tiden er ikke længere holdt til dig\. Vælg en tid igen\./);
  assert.equal(await appointmentCount(app.raadhus), stored);
  // English
  const english = await text(await citizen.follow('/appointments/book?lang=en'));
  assert.match(english.html, /<h1>Book a visit to Citizen Service<\/h1>/);
  assert.match(english.html, /<label for="field-service-passport">Passport<\/label>/);
  const englishRefused = await text(await citizen.submit('/appointments/book/hold', past));
  assert.match(
    englishRefused.html,
    /The time cannot be booked: book at least 2 hours ahead and at most 60 days ahead\./,
  );
  const nudge = await text(await citizen.follow('/appointments/book/location?service=moving&persons=1'));
  assert.match(nudge.html, /You can do it yourself online/);
  assert.match(nudge.html, /href="\/selfservice\/solutions\/change-of-address"/);
  await citizen.follow('/appointments/book?lang=da');
});

test('the signed link in the receipt moves and cancels without a login; a tampered or expired link changes nothing', async () => {
  const { frontdesk } = app.raadhus.services;
  const owner = await demoCitizen(app.raadhus, 6);
  const [first, second] = await frontdesk.booking.freeSlots('health-card', 'town-hall', 1);
  const booked = await frontdesk.booking.book(owner, {
    serviceCode: 'health-card',
    locationCode: 'town-hall',
    persons: 1,
    startsAt: first.startsAt,
  });
  // the receipt in digital post carries the link
  const { rows } = await sql<{ body: string }>`select body from post_messages order by created_at desc limit 1`.execute(
    app.raadhus.database.db,
  );
  const link = /(http:\/\/127\.0\.0\.1:\d+\/appointments\/manage\/[\w.-]+)/.exec(rows[0].body)?.[1];
  assert.ok(link, `the receipt links to the appointment: ${rows[0].body}`);
  assert.match(rows[0].body, /Du kan flytte eller aflyse tiden uden at logge ind via dette link/);
  const path = new URL(link).pathname;
  const stranger = new TestClient(app.url);
  const shown = await text(await stranger.follow(`${path}?lang=da`));
  assert.equal(shown.status, 200);
  assert.match(shown.html, /<h1>Din tid i Borgerservice<\/h1>/);
  assert.match(shown.html, /<th scope="row">Ydelse<\/th><td>Sundhedskort<\/td>/);
  const { csrf } = await stranger.form(path);
  // tampered and expired links: a clear message, and nothing changes
  const stored = await appointmentCount(app.raadhus);
  const tampered = `${path.slice(0, -2)}${path.endsWith('A') ? 'B' : 'A'}x`;
  for (const [name, target, status, message] of [
    ['tampered', tampered, 400, /Linket er ugyldigt\./],
    ['garbage', '/appointments/manage/%3Cscript%3E', 400, /Linket er ugyldigt\./],
    [
      'expired',
      `/appointments/manage/${manageToken(app.raadhus.config.sessionSecret, booked.id, new Date(Date.now() - 1000))}`,
      410,
      /Linket er udløbet: tiden er begyndt eller overstået\./,
    ],
  ] as const) {
    const seen = await text(await stranger.follow(target));
    assert.deepEqual([name, seen.status], [name, status]);
    assert.match(seen.html, message);
    const cancel = await text(await stranger.submit(`${target}/cancel`, { _csrf: csrf }));
    assert.deepEqual([name, cancel.status], [name, status]);
    const move = await text(await stranger.submit(`${target}/move`, { _csrf: csrf, slot: 'x' }));
    assert.deepEqual([name, move.status], [name, status]);
  }
  assert.equal((await frontdesk.booking.byId(booked.id))?.status, 'booked');
  assert.equal(await appointmentCount(app.raadhus), stored);
  // no time chosen, and a time in the past: told so
  const noTime = await text(await stranger.submit(`${path}/move`, { _csrf: csrf }));
  assert.equal(noTime.status, 400);
  assert.match(noTime.html, /Vælg en ledig tid\./);
  const past = await text(await stranger.submit(`${path}/move`, { _csrf: csrf, slot: '2020-01-06T1000' }));
  assert.equal(past.status, 400);
  assert.match(past.html, /Tiden kan ikke bookes/);
  // move to the second free time: a new receipt, the page says so
  const slot = /value="(\d{4}-\d{2}-\d{2}T\d{4})"/.exec(shown.html)?.[1];
  assert.ok(slot);
  const moved = await text(await stranger.submit(`${path}/move`, { _csrf: csrf, slot: slotOf(second.startsAt) }));
  assert.equal(moved.status, 200);
  assert.match(moved.html, /Din tid er flyttet\. Du har fået en ny kvittering\./);
  assert.equal((await frontdesk.booking.byId(booked.id))?.startsAt.toISOString(), second.startsAt.toISOString());
  // cancel, once; in English the second time
  const cancelled = await text(await stranger.submit(`${path}/cancel`, { _csrf: csrf }));
  assert.match(cancelled.html, /Din tid er aflyst\./);
  assert.match(cancelled.html, /<td>Aflyst<\/td>/);
  assert.doesNotMatch(cancelled.html, /Aflys tiden<\/button>/);
  await stranger.follow(`${path}?lang=en`);
  const again = await text(await stranger.submit(`${path}/cancel`, { _csrf: csrf }));
  assert.equal(again.status, 409);
  assert.match(again.html, /The appointment cannot be cancelled/);
  assert.equal((await frontdesk.booking.byId(booked.id))?.status, 'cancelled');
});
