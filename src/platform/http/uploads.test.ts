import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rememberUploadName, safeUploadName, uploadedFilename } from './uploads.ts';

test('upload names keep only the last path segment, without control characters or quotes', () => {
  const cases: Array<[string, string]> = [
    ['afgørelse.pdf', 'afgørelse.pdf'],
    ['C:\\Users\\anne\\lejekontrakt.pdf', 'lejekontrakt.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['bad"name\u0000.png', 'badname.png'],
    ['   ', ''],
    [`${'x'.repeat(200)}.pdf`, `${'x'.repeat(146)}.pdf`],
  ];
  for (const [input, expected] of cases) assert.equal(safeUploadName(input), expected, input);
});

test('a remembered name belongs to that buffer only', () => {
  const file = Buffer.from('a');
  rememberUploadName(file, 'foto.png');
  assert.equal(uploadedFilename(file), 'foto.png');
  assert.equal(uploadedFilename(Buffer.from('a')), undefined);
  const unnamed = Buffer.from('b');
  rememberUploadName(unnamed, '');
  assert.equal(uploadedFilename(unnamed), undefined);
});
