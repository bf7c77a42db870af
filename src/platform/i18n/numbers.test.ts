import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatDay, formatFileSize, formatNumber, formatPercent } from './numbers.ts';

test('numbers, amounts, percentages and days are written as each language writes them', () => {
  const cases: Array<[string, string, string]> = [
    [formatNumber(185000, 'da'), '185.000', 'thousands separator'],
    [formatNumber(185000, 'en'), '185,000', 'thousands separator'],
    [formatNumber(72.5, 'da'), '72,5', 'decimal comma'],
    [formatAmount(185000, 'da'), '185.000 kr.', 'amount'],
    [formatAmount(185000, 'en'), 'DKK 185,000', 'amount'],
    [formatAmount(6499.5, 'da'), '6.499,5 kr.', 'øre kept'],
    [formatPercent(62.5, 'da'), '62,5 %', 'percent'],
    [formatPercent(62.5, 'en'), '62.5%', 'percent'],
    [formatDay('2026-11-03', 'da'), '3. nov. 2026', 'day'],
    [formatDay('2026-11-03', 'en'), '3 Nov 2026', 'day'],
    [formatDay('2026-11', 'da'), 'november 2026', 'month'],
    [formatDay('2026-11', 'en'), 'November 2026', 'month'],
    [formatDay('not a day', 'da'), 'not a day', 'anything else as it is'],
    [formatFileSize(1_572_864, 'da'), '1,5 MB', 'megabytes'],
    [formatFileSize(1_572_864, 'en'), '1.5 MB', 'megabytes'],
    [formatFileSize(200, 'da'), '1 kB', 'never 0 kB'],
  ];
  for (const [actual, expected, what] of cases) assert.equal(actual.replace(/\u00a0/g, ' '), expected, what);
});
