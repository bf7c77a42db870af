import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormDefinition, type FieldInput, FieldDefinition } from './form-definition.ts';
import { firstIncompletePage, validatePage } from './form-validator.ts';
import { validateField } from './field-validator.ts';
import { parseDate, parseNumber } from './answer-parsing.ts';
import { conditionHolds, visiblePages, visibleValues } from './form-visibility.ts';
import { prefillFromPrincipal } from './prefill.ts';

const today = '2026-11-24';
const text = (value: string) => ({ da: value, en: value });
const field = (input: Omit<FieldInput, 'label'>) => FieldDefinition.parse({ label: text(input.name), ...input });

test('validateField: each field type accepts good input and refuses bad input with the right error', () => {
  const cases: Array<[string, ReturnType<typeof field>, unknown, { value?: unknown; error?: string }]> = [
    [
      'required text missing',
      field({ name: 'a', type: 'text', required: true }),
      '  ',
      { error: 'selfservice.validation.required' },
    ],
    ['optional text missing', field({ name: 'a', type: 'text' }), '', {}],
    ['text trimmed', field({ name: 'a', type: 'text' }), '  Hej ', { value: 'Hej' }],
    ['text too short', field({ name: 'a', type: 'text', min: 3 }), 'ab', { error: 'selfservice.validation.tooShort' }],
    ['text too long', field({ name: 'a', type: 'text', max: 3 }), 'abcd', { error: 'selfservice.validation.tooLong' }],
    [
      'text default max 200',
      field({ name: 'a', type: 'text' }),
      'x'.repeat(201),
      { error: 'selfservice.validation.tooLong' },
    ],
    ['pattern ok', field({ name: 'a', type: 'text', pattern: '\\d{4}' }), '8000', { value: '8000' }],
    [
      'pattern anchored',
      field({ name: 'a', type: 'text', pattern: '\\d{4}' }),
      '80001',
      { error: 'selfservice.validation.pattern' },
    ],
    ['number danish format', field({ name: 'a', type: 'number' }), '12.500,50', { value: 12500.5 }],
    ['number with spaces', field({ name: 'a', type: 'number' }), '12 500', { value: 12500 }],
    ['number not a number', field({ name: 'a', type: 'number' }), '12a', { error: 'selfservice.validation.number' }],
    [
      'number integer',
      field({ name: 'a', type: 'number', integer: true }),
      '1,5',
      { error: 'selfservice.validation.integer' },
    ],
    [
      'number below min',
      field({ name: 'a', type: 'number', min: 0 }),
      '-1',
      { error: 'selfservice.validation.numberMin' },
    ],
    [
      'number above max',
      field({ name: 'a', type: 'number', max: 10 }),
      '11',
      { error: 'selfservice.validation.numberMax' },
    ],
    ['date iso', field({ name: 'a', type: 'date' }), '2026-12-24', { value: '2026-12-24' }],
    ['date danish', field({ name: 'a', type: 'date' }), '24.12.2026', { value: '2026-12-24' }],
    ['date impossible', field({ name: 'a', type: 'date' }), '2026-02-30', { error: 'selfservice.validation.date' }],
    [
      'date before min offset',
      field({ name: 'a', type: 'date', minOffsetDays: 2 }),
      '2026-11-25',
      { error: 'selfservice.validation.dateMin' },
    ],
    ['date at min offset', field({ name: 'a', type: 'date', minOffsetDays: 2 }), '2026-11-26', { value: '2026-11-26' }],
    [
      'date after max offset',
      field({ name: 'a', type: 'date', maxOffsetDays: 0 }),
      '2026-11-25',
      { error: 'selfservice.validation.dateMax' },
    ],
    ['email ok', field({ name: 'a', type: 'email' }), 'Anne@Example.dk', { value: 'anne@example.dk' }],
    ['email bad', field({ name: 'a', type: 'email' }), 'anne@', { error: 'selfservice.validation.email' }],
    ['phone danish', field({ name: 'a', type: 'phone' }), '+45 12 34 56 78', { value: '12345678' }],
    ['phone foreign', field({ name: 'a', type: 'phone' }), '+4612345678', { value: '+4612345678' }],
    ['phone bad', field({ name: 'a', type: 'phone' }), '1234', { error: 'selfservice.validation.phone' }],
    [
      'select ok',
      field({ name: 'a', type: 'select', options: [{ value: 'x', label: text('X') }] }),
      'x',
      { value: 'x' },
    ],
    [
      'select unknown option',
      field({ name: 'a', type: 'select', options: [{ value: 'x', label: text('X') }] }),
      'y',
      { error: 'selfservice.validation.option' },
    ],
    [
      'radio required',
      field({ name: 'a', type: 'radio', required: true, options: [{ value: 'x', label: text('X') }] }),
      undefined,
      { error: 'selfservice.validation.chooseOne' },
    ],
    [
      'select required',
      field({ name: 'a', type: 'select', required: true, options: [{ value: 'x', label: text('X') }] }),
      '',
      { error: 'selfservice.validation.chooseOne' },
    ],
    [
      'checkbox list',
      field({
        name: 'a',
        type: 'checkbox',
        options: [
          { value: 'x', label: text('X') },
          { value: 'y', label: text('Y') },
        ],
      }),
      ['x', 'y'],
      { value: ['x', 'y'] },
    ],
    [
      'checkbox single',
      field({ name: 'a', type: 'checkbox', options: [{ value: 'x', label: text('X') }] }),
      'x',
      { value: ['x'] },
    ],
    [
      'checkbox unknown',
      field({ name: 'a', type: 'checkbox', options: [{ value: 'x', label: text('X') }] }),
      ['z'],
      { error: 'selfservice.validation.option' },
    ],
    [
      'checkbox required',
      field({ name: 'a', type: 'checkbox', required: true, options: [{ value: 'x', label: text('X') }] }),
      [],
      { error: 'selfservice.validation.chooseAtLeastOne' },
    ],
    ['cpr ok', field({ name: 'a', type: 'cpr' }), '010150-0100', { value: '0101500100' }],
    ['cpr format', field({ name: 'a', type: 'cpr' }), '12345', { error: 'selfservice.validation.cpr' }],
    ['cpr date', field({ name: 'a', type: 'cpr' }), '3202501234', { error: 'selfservice.validation.cprDate' }],
    ['cvr ok', field({ name: 'a', type: 'cvr' }), '29189838', { value: '29189838' }],
    ['cvr bad', field({ name: 'a', type: 'cvr' }), '29189839', { error: 'selfservice.validation.cvr' }],
  ];
  for (const [name, definition, raw, expected] of cases) {
    const result = validateField(definition, raw, today);
    assert.equal(result.error?.key, expected.error, name);
    assert.deepEqual(result.value, expected.value, name);
  }
});

test('parseDate and parseNumber', () => {
  const dates: Array<[string, string | undefined]> = [
    ['2026-1-5', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['2026-13-01', undefined],
    ['i morgen', undefined],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', undefined],
  ];
  for (const [input, expected] of dates) assert.equal(parseDate(input), expected, input);
  const numbers: Array<[string, number | undefined]> = [
    ['1.000', 1000],
    ['1.000.000', 1000000],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['-3', -3],
    ['', undefined],
    ['1e5', undefined],
  ];
  for (const [input, expected] of numbers) assert.equal(parseNumber(input), expected, input);
});

const form = FormDefinition.parse({
  pages: [
    {
      id: 'household',
      title: text('Household'),
      sections: [
        {
          id: 'who',
          fields: [
            { name: 'applicant', type: 'text', label: text('Name'), prefill: 'name' },
            {
              name: 'otherAdults',
              type: 'radio',
              label: text('Others?'),
              required: true,
              options: [
                { value: 'yes', label: text('Yes') },
                { value: 'no', label: text('No') },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'adults',
      title: text('Adults'),
      showWhen: { field: 'otherAdults', equals: 'yes' },
      sections: [
        {
          id: 'adults',
          fields: [
            { name: 'adultCount', type: 'number', label: text('How many'), required: true, integer: true, min: 1 },
          ],
        },
      ],
    },
    {
      id: 'documents',
      title: text('Documents'),
      sections: [
        {
          id: 'lease',
          fields: [
            {
              name: 'lease',
              type: 'file',
              label: text('Lease'),
              required: true,
              maxBytes: 1000,
              allowedTypes: ['application/pdf'],
            },
          ],
        },
        {
          id: 'extra',
          showWhen: { field: 'otherAdults', equals: 'yes' },
          fields: [
            {
              name: 'incomeProof',
              type: 'file',
              label: text('Income'),
              maxBytes: 1000,
              allowedTypes: ['application/pdf', 'image/png'],
            },
          ],
        },
      ],
    },
  ],
});

test('conditional pages and sections follow earlier answers, and hidden answers are not kept', () => {
  assert.equal(conditionHolds({ field: 'x', equals: ['a', 'b'] }, { x: 'b' }), true);
  assert.equal(conditionHolds({ field: 'x', equals: 'a' }, { x: ['c', 'a'] }), true);
  assert.equal(conditionHolds({ field: 'x', equals: 'a' }, {}), false);
  assert.deepEqual(
    visiblePages(form, { otherAdults: 'no' }).map((page) => page.id),
    ['household', 'documents'],
  );
  assert.deepEqual(
    visiblePages(form, { otherAdults: 'yes' }).map((page) => page.id),
    ['household', 'adults', 'documents'],
  );
  assert.deepEqual(visibleValues(form, { otherAdults: 'no', adultCount: 2 }), { otherAdults: 'no' });
});

test('validatePage: prefilled fields come from the login, never from the input', () => {
  const result = validatePage(
    form.pages[0],
    { applicant: 'Someone Else', otherAdults: 'no' },
    { today, existing: {}, prefill: { name: 'Anne Testesen' } },
  );
  assert.deepEqual(result.errors, {});
  assert.deepEqual(result.values, { applicant: 'Anne Testesen', otherAdults: 'no' });
});

test('validatePage: errors per field and raw input kept for redisplay', () => {
  const result = validatePage(form.pages[1], { adultCount: 'two' }, { today, existing: { otherAdults: 'yes' } });
  assert.equal(result.errors.adultCount.key, 'selfservice.validation.number');
  assert.equal(result.raw.adultCount, 'two');
});

test('validatePage: files are checked by size and detected content type; a stored file satisfies required', () => {
  const page = form.pages[2];
  const pdf = { size: 500, detectedType: 'application/pdf' };
  const cases: Array<[string, Parameters<typeof validatePage>[2], Record<string, string>, string[]]> = [
    ['missing required file', { today, existing: {} }, { lease: 'selfservice.validation.fileRequired' }, []],
    ['good pdf', { today, existing: {}, files: { lease: pdf } }, {}, ['lease']],
    [
      'too large',
      { today, existing: {}, files: { lease: { size: 1001, detectedType: 'application/pdf' } } },
      { lease: 'selfservice.validation.fileTooLarge' },
      [],
    ],
    [
      'wrong type by content',
      { today, existing: {}, files: { lease: { size: 10, detectedType: 'image/png' } } },
      { lease: 'selfservice.validation.fileType' },
      [],
    ],
    [
      'unknown content',
      { today, existing: {}, files: { lease: { size: 10, detectedType: undefined } } },
      { lease: 'selfservice.validation.fileType' },
      [],
    ],
    [
      'empty upload with stored file',
      {
        today,
        existing: { lease: { fileId: 'f', filename: 'a.pdf', contentType: 'application/pdf', size: 5 } },
        files: { lease: { size: 0, detectedType: undefined } },
      },
      {},
      [],
    ],
    [
      'hidden section not checked',
      { today, existing: { otherAdults: 'no' }, files: { lease: pdf, incomeProof: { size: 5000, detectedType: 'x' } } },
      {},
      ['lease'],
    ],
    [
      'shown section checked',
      {
        today,
        existing: { otherAdults: 'yes' },
        files: { lease: pdf, incomeProof: { size: 5000, detectedType: 'application/pdf' } },
      },
      { incomeProof: 'selfservice.validation.fileTooLarge' },
      ['lease'],
    ],
  ];
  for (const [name, context, errors, accepted] of cases) {
    const result = validatePage(page, {}, context);
    assert.deepEqual(
      Object.fromEntries(Object.entries(result.errors).map(([key, error]) => [key, error.key])),
      errors,
      name,
    );
    assert.deepEqual(result.acceptedFiles, accepted, name);
  }
});

test('firstIncompletePage finds the first page not done or no longer valid', () => {
  const lease = { fileId: 'f', filename: 'a.pdf', contentType: 'application/pdf', size: 5 };
  assert.equal(firstIncompletePage(form, {}, [], { today })?.id, 'household');
  assert.equal(
    firstIncompletePage(form, { otherAdults: 'no', lease }, ['household', 'documents'], { today }),
    undefined,
  );
  // answering "yes" later reveals a page that was never completed
  assert.equal(
    firstIncompletePage(form, { otherAdults: 'yes', lease }, ['household', 'documents'], { today })?.id,
    'adults',
  );
});

test('form definitions: conditions must look back, names must be unique, choices need options', () => {
  const page = (id: string, fields: unknown[], showWhen?: unknown) => ({
    id,
    title: text(id),
    showWhen,
    sections: [{ id: 's', fields }],
  });
  const f = (name: string, extra: object = {}) => ({ name, type: 'text', label: text(name), ...extra });
  assert.equal(
    FormDefinition.safeParse({ pages: [page('a', [f('x')]), page('b', [f('y')], { field: 'x', equals: 'q' })] })
      .success,
    true,
  );
  assert.equal(
    FormDefinition.safeParse({ pages: [page('a', [f('x', { showWhen: { field: 'y', equals: 'q' } }), f('y')])] })
      .success,
    false,
  );
  assert.equal(FormDefinition.safeParse({ pages: [page('a', [f('x')]), page('b', [f('x')])] }).success, false);
  assert.equal(
    FormDefinition.safeParse({ pages: [page('a', [{ name: 'x', type: 'select', label: text('x') }])] }).success,
    false,
  );
  assert.equal(
    FormDefinition.safeParse({ pages: [page('a', [{ name: 'x', type: 'file', label: text('x') }])] }).success,
    false,
  );
});

test('prefill: names, masked CPR and business claims', () => {
  assert.deepEqual(
    prefillFromPrincipal({ kind: 'citizen', id: 'p', name: 'Anne', roles: ['citizen'], cpr: '0101500100' }),
    { name: 'Anne', cprMasked: '010150-xxxx' },
  );
  assert.deepEqual(
    prefillFromPrincipal({
      kind: 'business',
      id: 'b',
      name: 'Demo Tømrer ApS',
      roles: ['business'],
      cvr: '29189838',
      representativeName: 'Bo',
    }),
    {
      name: 'Bo',
      representativeName: 'Bo',
      businessName: 'Demo Tømrer ApS',
      cvr: '29189838',
    },
  );
});
