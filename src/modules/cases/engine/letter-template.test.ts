import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderLetter, unknownPlaceholders } from './letter-template.ts';
import { standardCaseType } from './standard-bank.ts';

const letter = {
  id: 'decision',
  subject: { da: 'Afgørelse i sag {{caseReference}}', en: 'Decision in case {{ caseReference }}' },
  body: {
    da: 'Kære {{partyName}}\n\n{{note}}\n\nFrist: {{deadline}}\n',
    en: 'Dear {{partyName}}\n\n{{note}}\n\nBy: {{deadline}}\n',
  },
};

describe('renderLetter', () => {
  test('fills every placeholder, with or without spaces inside the braces', () => {
    const values = {
      caseReference: 'SAG-2025-000123',
      partyName: 'Anne Testesen',
      note: 'Din husleje er godkendt.',
      deadline: '15. januar 2026',
    };
    assert.deepEqual(renderLetter(letter, 'da', values), {
      subject: 'Afgørelse i sag SAG-2025-000123',
      body: 'Kære Anne Testesen\n\nDin husleje er godkendt.\n\nFrist: 15. januar 2026\n',
    });
    assert.equal(renderLetter(letter, 'en', values).subject, 'Decision in case SAG-2025-000123');
  });

  test('a missing value leaves no hole', () => {
    assert.equal(
      renderLetter(letter, 'da', { partyName: 'Bo Prøvesen', deadline: '1. maj' }).body,
      'Kære Bo Prøvesen\n\nFrist: 1. maj\n',
    );
  });

  test('values are inserted as they are, never read as placeholders', () => {
    assert.equal(
      renderLetter(letter, 'da', { partyName: '{{note}} <b>', note: 'x' }).body.split('\n')[0],
      'Kære {{note}} <b>',
    );
  });

  test('a standard decision letter reads well with its values', () => {
    const granted = standardCaseType('housing-benefit')!.workflow.letters.find(
      (candidate) => candidate.id === 'decision-granted',
    )!;
    const { subject, body } = renderLetter(granted, 'da', {
      partyName: 'Anne Testesen',
      caseReference: 'SAG-1',
      caseTypeName: 'boligstøtte',
    });
    assert.equal(subject, 'Du har fået boligstøtte');
    assert.match(
      body,
      /^Kære Anne Testesen\n\nVi har bevilget din ansøgning om boligstøtte \(sag SAG-1\)\.\n\nDu skal give os besked/,
    );
    assert.doesNotMatch(body, /\{\{|\n{3}/);
  });
});

describe('unknownPlaceholders', () => {
  const cases: Array<[string, string[]]> = [
    ['Kære {{partyName}}', []],
    ['{{ caseReference }} {{deadline}} {{note}} {{caseTypeName}}', []],
    ['Kære {{navn}} og {{navn}}, {{cpr}}', ['navn', 'cpr']],
    ['No placeholders', []],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => assert.deepEqual(unknownPlaceholders(text), expected));
});
