import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeCpr, placeholdersIn, renderTemplate, validateTemplate } from './template-render.ts';
import { defaultTemplates } from './default-templates.ts';

test('placeholders are filled; unknown or missing values become empty, never a literal {{…}}', () => {
  const cases: Array<[string, Record<string, string | undefined>, string]> = [
    [
      'Ny post fra {{authorityName}}. Læs på {{link}}',
      { authorityName: 'Ydelser', link: 'https://k.dk/post' },
      'Ny post fra Ydelser. Læs på https://k.dk/post',
    ],
    ['{{ authorityName }}!', { authorityName: 'Teknik' }, 'Teknik!'],
    ['Fra {{authorityName}}. {{notificationText}} Læs', { authorityName: 'Byg' }, 'Fra Byg. Læs'],
    ['A {{text}} B', { text: 'line one\nline two' }, 'A line one line two B'],
  ];
  for (const [template, values, expected] of cases) assert.equal(renderTemplate(template, values), expected, template);
});

test('a value that looks like a CPR number is left out of the rendered text', () => {
  assert.equal(renderTemplate('Besked: {{notificationText}}', { notificationText: '010150-1234' }), 'Besked:');
  assert.equal(renderTemplate('Besked: {{notificationText}}', { notificationText: '0101501234' }), 'Besked:');
  assert.ok(looksLikeCpr('cpr 0101501234 here'));
  assert.ok(!looksLikeCpr('phone +4520123456'), 'an E.164 number (11+ digits) is not a CPR number');
  assert.ok(!looksLikeCpr('case 2026-00012'));
});

test('validation refuses unknown placeholders, broken braces, empty, too long and CPR-like text', () => {
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'Fra {{authorityName}}: {{link}}' }), []);
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'Indhold: {{body}}' }), [
    { field: 'body', problem: 'unknownPlaceholder', placeholder: 'body' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'CPR {{cpr}}' }), [
    { field: 'body', problem: 'unknownPlaceholder', placeholder: 'cpr' },
  ]);
  assert.deepEqual(
    validateTemplate('reminder', 'sms', { subject: '', body: 'Kode {{code}}' }),
    [{ field: 'body', problem: 'unknownPlaceholder', placeholder: 'code' }],
    'a placeholder of another kind',
  );
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'Se {{link}' }), [
    { field: 'body', problem: 'brokenPlaceholder' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: '  ' }), [
    { field: 'body', problem: 'required' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'x'.repeat(613) }), [
    { field: 'body', problem: 'tooLong' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'sms', { subject: '', body: 'Ring om 010150-1234' }), [
    { field: 'body', problem: 'cpr' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'email', { subject: '', body: 'ok {{link}}' }), [
    { field: 'subject', problem: 'required' },
  ]);
  assert.deepEqual(validateTemplate('new-post', 'email', { subject: 'Fra {{sender}}', body: 'ok' }), [
    { field: 'subject', problem: 'unknownPlaceholder', placeholder: 'sender' },
  ]);
});

test('every default template is valid for its kind and exists in Danish and English', () => {
  for (const template of defaultTemplates)
    assert.deepEqual(
      validateTemplate(template.kind, template.channel, template),
      [],
      `${template.kind}/${template.channel}/${template.locale}`,
    );
  const keys = new Set(defaultTemplates.map((template) => `${template.kind}/${template.channel}/${template.locale}`));
  for (const kind of ['new-post', 'reminder', 'verification'])
    for (const channel of ['sms', 'email'])
      for (const locale of ['da', 'en'])
        assert.ok(keys.has(`${kind}/${channel}/${locale}`), `${kind}/${channel}/${locale}`);
  assert.deepEqual(placeholdersIn('{{a}} {{ b }} {c}'), ['a', 'b']);
});
