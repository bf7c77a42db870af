import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recipientsFromCsv } from './bulk-recipients.ts';
import type { FieldProblem } from './post-input.ts';

const read = (csv: string, templates: string[] = []) => {
  const problems: FieldProblem[] = [];
  const recipients = recipientsFromCsv(csv, templates, problems);
  return {
    recipients,
    problems: problems.map((problem) => [
      problem.key,
      problem.values?.row ?? problem.values?.field ?? '',
      problem.values?.problemKey ?? '',
    ]),
  };
};

test('recipients from a CSV: numbers checked, merge-field columns kept, duplicates once', () => {
  const cases: Array<[string, string[], { recipients: string[]; problems: unknown[] }]> = [
    [
      'cpr,beløb\n010150-0100,100\n0202521107,200\n',
      ['{{beløb}} kr.'],
      { recipients: ['cpr:0101500100', 'cpr:0202521107'], problems: [] },
    ],
    ['CPR;Sag\n0101500100;S-1\n0101500100;S-1\n', ['{{sag}}'], { recipients: ['cpr:0101500100'], problems: [] }],
    ['cvr,navn\n29189838,Tømrer\n', [], { recipients: ['cvr:29189838'], problems: [] }],
    [
      'cpr\n12345\n3201501234\n',
      [],
      {
        recipients: [],
        problems: [
          ['post.bulk.recipientInvalid', 2, 'post.validation.cprFormat'],
          ['post.bulk.recipientInvalid', 3, 'post.validation.cprDate'],
        ],
      },
    ],
    ['navn\nAnne\n', [], { recipients: [], problems: [['post.bulk.csvNoRecipientColumn', '', '']] }],
    ['cpr\n', [], { recipients: [], problems: [['post.bulk.csvEmpty', '', '']] }],
    [
      'cpr\n0101500100\n',
      ['Kære {{name}}, {{sag}}'],
      { recipients: ['cpr:0101500100'], problems: [['post.bulk.mergeFieldMissing', 'sag', '']] },
    ],
    ['cpr,a\n0101500100,"unterminated\n', [], { recipients: [], problems: [['post.bulk.csvInvalid', '', '']] }],
  ];
  for (const [csv, templates, expected] of cases) {
    const result = read(csv, templates);
    assert.deepEqual(
      { recipients: result.recipients.map((recipient) => recipient.recipient), problems: result.problems },
      expected,
      csv,
    );
  }
  assert.deepEqual(read('cpr,beløb\n0101500100,100\n').recipients[0].fields, { beløb: '100' });
});
