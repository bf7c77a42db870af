import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCatalogue, registerMessages } from './i18n.ts';
import { tPlural } from './plural.ts';

registerMessages(
  defineCatalogue({
    da: { 'test.plural.tasks.one': '{count} opgave', 'test.plural.tasks.other': '{count} opgaver' },
    en: { 'test.plural.tasks.one': '{count} task', 'test.plural.tasks.other': '{count} tasks' },
  }),
);

test('plural forms follow the language: one and other, the count formatted for the locale', () => {
  const cases: Array<[number, 'da' | 'en', string]> = [
    [0, 'da', '0 opgaver'],
    [1, 'da', '1 opgave'],
    [2, 'da', '2 opgaver'],
    [1200, 'da', '1.200 opgaver'],
    [1, 'en', '1 task'],
    [3, 'en', '3 tasks'],
    [1200, 'en', '1,200 tasks'],
  ];
  for (const [count, locale, expected] of cases)
    assert.equal(tPlural('test.plural.tasks', count, {}, locale), expected);
});
