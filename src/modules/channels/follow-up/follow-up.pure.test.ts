import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PurposeFigures } from '../channel-figures.ts';
import { komhenLines } from '../komhen/komhen-export.ts';
import { baselineComparison } from './baseline-figures.ts';
import { failureDemandOf } from './failure-demand.ts';

const figures = (total: number, selfservice: number, costOre: number, uncosted = 0): PurposeFigures => ({
  purposeCode: 'housing-benefit',
  desiredChannel: 'selfservice',
  total,
  costOre,
  uncosted,
  channels: [
    { channel: 'selfservice', count: selfservice, sharePercent: 0, targetPercent: 80, costOre: 0 },
    { channel: 'phone', count: total - selfservice, sharePercent: 0, targetPercent: 20, costOre: 0 },
  ],
});

test('the saving holds the volume fixed: cost at the baseline cost per contact minus the cost now', () => {
  // baseline: 100 contacts for 10,000 kr (100 kr each), 30 % self-service; now 200 contacts for 12,000 kr, 70 %
  const [row] = baselineComparison([figures(200, 140, 1_200_000)], [figures(100, 30, 1_000_000)]);
  assert.deepEqual(
    [row.baselineDesiredShare, row.desiredShare, row.shiftPoints, row.costAtBaselineOre, row.savingOre],
    [30, 70, 40, 2_000_000, 800_000],
  );
  // contacts without a unit cost are left out of both sides; no baseline contacts: no saving at all
  assert.equal(
    baselineComparison([figures(200, 140, 1_200_000, 50)], [figures(100, 30, 1_000_000)])[0].costAtBaselineOre,
    1_500_000,
  );
  assert.deepEqual(
    [
      baselineComparison([figures(10, 5, 1_000)], [])[0].savingOre,
      baselineComparison([figures(10, 5, 1_000)], [])[0].shiftPoints,
    ],
    [null, null],
  );
});

test('failure demand: phone and desk only; a case on "my cases" for status questions, an unread letter for any', () => {
  const cases: Array<[Parameters<typeof failureDemandOf>, string | undefined]> = [
    [
      [
        { channel: 'phone', inquiryType: 'case-status' },
        { visibleCase: true, unreadLetter: false },
      ],
      'case-visible',
    ],
    [
      [
        { channel: 'attendance', inquiryType: 'case-status' },
        { visibleCase: true, unreadLetter: true },
      ],
      'case-visible',
    ],
    [
      [
        { channel: 'phone', inquiryType: 'transaction' },
        { visibleCase: true, unreadLetter: false },
      ],
      undefined,
    ],
    [
      [
        { channel: 'phone', inquiryType: 'transaction' },
        { visibleCase: false, unreadLetter: true },
      ],
      'letter-unread',
    ],
    [
      [
        { channel: 'email', inquiryType: 'case-status' },
        { visibleCase: true, unreadLetter: true },
      ],
      undefined,
    ],
  ];
  for (const [input, expected] of cases) assert.equal(failureDemandOf(...input), expected, JSON.stringify(input));
});

test('KOMHEN lines: channel, KLE, type (failure demand overrides) and closure, summed', () => {
  const purposes = new Map([
    ['passport', { kle: '16.02.00', inquiryType: 'transaction' as const }],
    ['case-status', { kle: null, inquiryType: 'case-status' as const }],
  ]);
  const base = { resolvedFirstContact: true, failureDemand: false };
  const lines = komhenLines(
    [
      { ...base, channel: 'attendance', purposeCode: 'passport', outcome: 'resolved', count: 3 },
      { ...base, channel: 'attendance', purposeCode: 'passport', outcome: 'resolved', count: 2 },
      { ...base, channel: 'phone', purposeCode: 'case-status', outcome: 'resolved', count: 4, failureDemand: true },
      { ...base, channel: 'phone', purposeCode: 'case-status', outcome: 'referred', count: 1 },
      { ...base, channel: 'selfservice', purposeCode: null, outcome: 'abandoned', count: 7 },
    ],
    purposes,
  );
  assert.deepEqual(
    lines.map((line) => [line.channel, line.kle, line.type, line.closure, line.count]),
    [
      ['Digital selvbetjening', '', 'information', 'not-completed', 7],
      ['Personligt fremmøde', '16.02.00', 'transaction', 'first-contact', 5],
      ['Telefon', '', 'failure-demand', 'first-contact', 4],
      ['Telefon', '', 'status', 'passed-on', 1],
    ],
  );
});
