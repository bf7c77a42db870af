import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPublicAuthorityForm } from './company-form.ts';

test('company forms of public authorities: state units, regions and municipalities; businesses and unknowns are not', () => {
  const cases: [string | null | undefined, boolean][] = [
    ['Statslig administrativ enhed', true],
    ['Region', true],
    ['Primærkommune', true],
    [' kommune ', true],
    ['Anpartsselskab', false],
    ['Aktieselskab', false],
    ['Interessentskab', false],
    ['Selvstændig offentlig virksomhed', false],
    ['', false],
    [null, false],
    [undefined, false],
  ];
  for (const [form, expected] of cases) assert.equal(isPublicAuthorityForm(form), expected, String(form));
});
