import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderLetter } from './case-letters.ts';

const template = {
  id: 'request',
  subject: {
    da: 'Vi mangler dokumentation – sag {{caseReference}}',
    en: 'We need documentation – case {{caseReference}}',
  },
  body: {
    da: 'Kære {{partyName}}. {{caseTypeName}}: {{note}} Frist {{deadline}}.',
    en: 'Dear {{partyName}}. {{caseTypeName}}: {{note}} By {{deadline}}.',
  },
};

test('a letter is filled in, Danish first with the English copy below, dates in each language', () => {
  const letter = renderLetter(template, {
    caseReference: '2026-000007',
    caseTypeName: { da: 'Boligstøtte', en: 'Housing benefit' },
    partyName: 'Anne Testesen',
    deadline: new Date('2026-12-15T22:59:59Z'),
    note: 'Send lejekontrakten.',
  });
  assert.equal(letter.subject, 'Vi mangler dokumentation – sag 2026-000007');
  assert.match(letter.body, /^Kære Anne Testesen\. Boligstøtte: Send lejekontrakten\. Frist 15\. dec\. 2026\.\n/);
  assert.match(
    letter.body,
    /---\n\nWe need documentation – case 2026-000007\n\nDear Anne Testesen\. Housing benefit: Send lejekontrakten\. By 15 Dec 2026\./,
  );
});

test('no deadline and no note leave those placeholders empty', () => {
  const letter = renderLetter(template, {
    caseReference: 'R',
    caseTypeName: { da: 'X', en: 'Y' },
    partyName: 'P',
    deadline: null,
  });
  assert.match(letter.body, /^Kære P\. X: {2}Frist \./);
});
