import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { TelephonyImportService } from './telephony-import.service.ts';
import { demoStaff } from '../test-support/channels-fixtures.ts';

/** The telephony import on a real database: each kind of bad input, by line and column, and nothing stored. */
let app: TestApp;
let telephony: TelephonyImportService;
let manager: Principal;
before(async () => {
  app = await startTestApp();
  telephony = app.raadhus.services.channels.telephony;
  manager = await demoStaff(app.raadhus, 'staff-manager-1');
});
after(() => app?.close());

const period = { from: '2026-03-01', to: '2026-03-31' };
const header = 'dato;kø;tilbudte;besvarede;besvaret_inden;servicemål_sekunder;opgivne;gns_ventetid';
const upload = (text: string | Uint8Array, importValid = false) => ({
  ...period,
  filename: 'telefoni.csv',
  bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  importValid,
});
const stored = async () => {
  const { rows } = await sql<{ days: string; contacts: string }>`
    select (select count(*) from channels_telephony_days)::text as days,
           (select count(*) from channels_inquiries where source = 'import')::text as contacts`.execute(
    app.raadhus.database.db,
  );
  return rows[0];
};

test('a file with wrong headers is refused on line 1, naming what is missing and unknown', async () => {
  const before = await stored();
  const outcome = await telephony.importFile(manager, upload('date;queue;calls\n2026-03-02;pas;10\n'));
  assert.deepEqual(
    outcome.problems.map((problem) => [problem.line, problem.key]),
    [[1, 'channels.imports.headers']],
  );
  assert.match(String(outcome.problems[0].values?.missing), /offered, answered, answeredWithin/);
  assert.equal(outcome.problems[0].values?.unknown, 'calls');
  assert.equal(outcome.importId, undefined);
  assert.deepEqual(await stored(), before);
});

test('every bad row is named by line and column; nothing is stored until the user imports the valid rows', async () => {
  const file = [
    header,
    '2026-03-02;Borgerservice;120;100;80;60;20;45,5', // line 2: valid
    '2026-03-02;borgerservice;10;5;5;60;5;30', // line 3: the same day and queue as line 2
    '2026-04-01;passport;10;5;5;60;5;30', // line 4: outside the period
    '2026-03-03;passport;10;-5;0;60;5;30', // line 5: negative
    '2026-03-04;passport;10;9;10;60;1;30', // line 6: answered within more than answered
    '2026-02-30;passport;ti;5;5;60;5;30', // line 7: no such date, not a number
    '2026-03-05;passport;40;30;25;60;10;12', // line 8: valid, counts for the purpose "passport"
  ].join('\r\n');
  const before = await stored();
  const checked = await telephony.importFile(manager, upload(file));
  assert.deepEqual(
    checked.problems.map((problem) => [problem.line, problem.field, problem.key]),
    [
      [3, 'queue', 'channels.imports.duplicate'],
      [4, 'day', 'channels.imports.dayOutside'],
      [5, 'answered', 'channels.imports.negative'],
      [6, 'answeredWithin', 'channels.imports.withinMoreThanAnswered'],
      [7, 'day', 'channels.imports.dayInvalid'],
      [7, 'offered', 'channels.imports.notNumber'],
    ],
  );
  assert.equal(checked.problems[0].values?.first, 2);
  assert.equal(checked.valid, 2);
  assert.deepEqual(await stored(), before, 'nothing stored from a file with problems');

  const imported = await telephony.importFile(manager, upload(file, true));
  assert.ok(imported.importId);
  const after = await stored();
  assert.equal(Number(after.days), Number(before.days) + 2);
  // each valid row: its answered calls and its abandoned calls, as phone contacts
  assert.equal(Number(after.contacts), Number(before.contacts) + 4);
  const passport = await sql<{ outcome: string; count: number; purpose_code: string | null }>`
    select outcome, count, purpose_code from channels_inquiries
    where source_key like 'import:telephony:2026-03-05:passport:%' order by outcome`.execute(app.raadhus.database.db);
  assert.deepEqual(passport.rows, [
    { outcome: 'abandoned', count: 10, purpose_code: 'passport' },
    { outcome: 'resolved', count: 30, purpose_code: 'passport' },
  ]);
  const day = await sql<{ average_wait_seconds: number }>`
    select average_wait_seconds from channels_telephony_days where queue = 'Borgerservice'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(day.rows[0].average_wait_seconds, 46);

  // the same file again: every row imported already, nothing changes
  const again = await telephony.importFile(manager, upload(file, true));
  assert.equal(again.importId, undefined);
  assert.ok(again.problems.some((problem) => problem.line === 2 && problem.key === 'channels.imports.alreadyImported'));
  assert.deepEqual(await stored(), after);
});

test('a Windows-1252 file is detected and decoded: "kø" and "Ældre" arrive as written', async () => {
  const text = `${header}\n2026-03-10;Ældreområdet;5;4;4;60;1;20\n`;
  const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0)); // Latin-1 = Windows-1252 here
  const outcome = await telephony.importFile(manager, upload(bytes));
  assert.equal(outcome.encoding, 'windows-1252');
  assert.deepEqual(outcome.problems, []);
  assert.ok(outcome.importId);
  const { rows } = await sql<{ queue: string }>`
    select queue from channels_telephony_days where import_id = ${outcome.importId}`.execute(app.raadhus.database.db);
  assert.deepEqual(rows, [{ queue: 'Ældreområdet' }]);
});

test('an empty file and a bad period are refused with field errors; a front-desk member may not import', async () => {
  await assert.rejects(
    telephony.importFile(manager, upload('')),
    (error: HttpProblem) => error.statusCode === 400 && error.errors?.[0].field === 'file',
  );
  await assert.rejects(
    telephony.importFile(manager, { ...upload(header), from: '2026-03-31', to: '2026-03-01' }),
    (error: HttpProblem) => error.statusCode === 400 && error.errors?.[0].field === 'to',
  );
  const frontDesk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  await assert.rejects(
    telephony.importFile(frontDesk, upload(header)),
    (error: HttpProblem) => error.statusCode === 403,
  );
});
