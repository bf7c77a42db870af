import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { registerMessages, withLocale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { isZodError, zodFieldErrors } from './validation-errors.ts';

registerMessages(platformMessages);

const Body = z.object({ name: z.string().max(5), note: z.string(), count: z.number() });

const errorsOf = (input: Record<string, unknown>, locale: 'da' | 'en' = 'da') => {
  const result = Body.safeParse(input);
  assert.ok(!result.success && isZodError(result.error));
  return withLocale(locale, () => zodFieldErrors(result.error, [input]));
};

test('a zod error names each field with a message in the caller language', () => {
  assert.deepEqual(errorsOf({ name: 'abcdefgh', note: ['a', 'b'] }), [
    { field: 'name', message: 'Teksten er for lang (højst 5 tegn)' },
    { field: 'note', message: 'Feltet må kun sendes én gang' },
    { field: 'count', message: 'Udfyld feltet' },
  ]);
  assert.deepEqual(errorsOf({ name: 'a', note: 'b', count: 'x' }, 'en'), [
    { field: 'count', message: 'Invalid value' },
  ]);
});

test('only zod errors are taken for the input', () => {
  assert.equal(isZodError(new Error('x')), false);
});
