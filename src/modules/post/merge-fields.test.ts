import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillMergeFields, mergeFieldNames, missingMergeFields } from './merge-fields.ts';

test('merge fields are filled from the recipient values, case-insensitively', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['Kære {{name}}', { name: 'Anne' }, 'Kære Anne'],
    ['Kære {{ Name }}, din sag {{sag}}', { name: 'Bo', sag: 'S-1' }, 'Kære Bo, din sag S-1'],
    ['Beløb: {{beløb}} kr.', { beløb: '100' }, 'Beløb: 100 kr.'],
    ['Ingen felter', { name: 'x' }, 'Ingen felter'],
    ['Ukendt {{other}}', { name: 'x' }, 'Ukendt {{other}}'],
    ['{{name}}{{name}}', { NAME: 'A' }, 'AA'],
  ];
  for (const [template, values, expected] of cases) assert.equal(fillMergeFields(template, values), expected, template);
});

test('the fields a template uses, and those a CSV lacks', () => {
  assert.deepEqual(mergeFieldNames('{{name}} {{Sag}} {{name}}'), ['name', 'sag']);
  assert.deepEqual(missingMergeFields('{{name}} {{sag}}', ['cpr', 'Name']), ['sag']);
  assert.deepEqual(missingMergeFields('Hej', []), []);
});
