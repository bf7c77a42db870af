import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerMessages, withLocale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { badRequest } from './problem.ts';

registerMessages(platformMessages);

test('field errors are translated in the current language: an i18n key with the values, a text left as it is', () => {
  const problem = badRequest('error.400.text', { maximum: 40 }, [
    { field: 'name', message: 'validation.tooLong' },
    { field: 'day', message: 'Skriv datoen som åååå-mm-dd.' },
  ]);
  assert.deepEqual(
    withLocale('en', () => problem.fieldErrors),
    [
      { field: 'name', message: 'The text is too long (at most 40 characters)' },
      { field: 'day', message: 'Skriv datoen som åååå-mm-dd.' },
    ],
  );
  assert.equal(
    withLocale('da', () => problem.fieldErrors?.[0].message),
    'Teksten er for lang (højst 40 tegn)',
  );
  assert.equal(badRequest('error.400.text').fieldErrors, undefined);
});
