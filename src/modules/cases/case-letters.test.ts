import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerMessages } from '#platform/i18n/i18n.ts';
import { casesMessages } from './messages.ts';
import { inRunningText, renderLetter } from './case-letters.ts';

registerMessages(casesMessages);

const template = {
  id: 'refused',
  subject: { da: 'Afgørelse – sag {{caseReference}}', en: 'Decision – case {{caseReference}}' },
  body: {
    da: 'Kære {{partyName}}\n\nAfslag på din ansøgning om {{caseTypeName}}. Frist {{deadline}}.\n\nBegrundelse:\n{{note}}\n\n{{appealGuidance}}',
    en: 'Dear {{partyName}}\n\nYour application for {{caseTypeName}} is refused. By {{deadline}}.\n\nReasons:\n{{note}}\n\n{{appealGuidance}}',
  },
};
const values = {
  caseReference: '2026-000007',
  caseTypeName: { da: 'Boligstøtte', en: 'Housing benefit' },
  partyName: 'Anne Testesen',
  deadline: new Date('2026-12-15T22:59:59Z'),
  note: 'Jeres husstandsindkomst er over grænsen.',
  appealGuidance: { da: 'Du kan klage inden for 4 uger.', en: 'You can complain within 4 weeks.' },
};

test("a letter is written in one language: the recipient's, with the case type named in running text", () => {
  const da = renderLetter(template, { ...values, locale: 'da' });
  assert.equal(da.subject, 'Afgørelse – sag 2026-000007');
  assert.equal(
    da.body,
    'Kære Anne Testesen\n\nAfslag på din ansøgning om boligstøtte. Frist 15. dec. 2026.\n\nBegrundelse:\nJeres husstandsindkomst er over grænsen.\n\nKlagevejledning\nDu kan klage inden for 4 uger.\n',
  );
  const en = renderLetter(template, { ...values, locale: 'en' });
  assert.equal(en.subject, 'Decision – case 2026-000007');
  assert.match(en.body, /^Dear Anne Testesen\n\nYour application for housing benefit is refused\. By 15 Dec 2026\./);
  assert.match(en.body, /How to complain\nYou can complain within 4 weeks\.\n$/);
  // the caseworker's note appears once, as written: never machine-duplicated into a second language
  for (const letter of [da, en]) {
    assert.equal(letter.body.split('Jeres husstandsindkomst').length, 2);
    assert.doesNotMatch(letter.body, /^---$/m);
  }
  assert.doesNotMatch(da.body, /Dear|How to complain/);
  assert.doesNotMatch(en.body, /Kære|Klagevejledning/);
});

test('no deadline, note or klagevejledning leave those placeholders empty', () => {
  const letter = renderLetter(template, {
    locale: 'da',
    caseReference: 'R',
    caseTypeName: { da: 'X', en: 'Y' },
    partyName: 'P',
    deadline: null,
  });
  assert.match(letter.body, /Afslag på din ansøgning om X\. Frist \./);
  assert.doesNotMatch(letter.body, /Klagevejledning/);
});

test('names go into running text with a small first letter, abbreviations untouched', () => {
  assert.equal(inRunningText('Boligstøtte'), 'boligstøtte');
  assert.equal(inRunningText('Housing benefit'), 'housing benefit');
  assert.equal(inRunningText('SU-lån'), 'SU-lån');
  assert.equal(inRunningText('Ændring af adresse'), 'ændring af adresse');
});
