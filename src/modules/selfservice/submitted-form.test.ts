import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSolution } from './catalogue/catalogue.ts';
import { submittedForm } from './submitted-form.ts';

test('the submitted form keeps the shown questions and answers in Danish and English, with the form version', () => {
  const solution = findSolution('housing-benefit')!;
  const form = submittedForm(solution, {
    applicantName: 'Bo Prøvesen',
    otherAdults: 'no',
    children: 1,
    yearlyIncome: 210000,
    incomeTypes: ['salary', 'pension'],
    monthlyRent: 6500,
    area: 72,
    heatingIncluded: 'no',
    leaseStart: '2024-05-01',
    lease: { filename: 'lejekontrakt.pdf', size: 2048, contentType: 'application/pdf', fileId: 'x' } as never,
  });
  assert.equal(form.formVersion, solution.formVersion);
  const titles = form.pages.map((page) => page.title.da);
  assert.ok(titles.includes('Husstanden') && titles.includes('Boligen og huslejen'), titles.join());
  // the page about other adults was not shown, so it is not in the answers
  assert.ok(!titles.includes('Andre voksne i boligen'));
  const answers = form.pages.flatMap((page) => page.answers);
  const find = (label: string) => answers.find((answer) => answer.label.da === label)!;
  assert.deepEqual(find('Bor der andre voksne i boligen?').value, { da: 'Nej', en: 'No' });
  assert.deepEqual(find('Hvad består din indkomst af?').value, { da: 'Løn, Pension', en: 'Salary, Pension' });
  assert.match(find('Husleje om måneden uden forbrug').value.da, /^6\.?500 kr\.$/);
  assert.match(find('Husleje om måneden uden forbrug').value.en, /^6,?500 DKK$/);
  assert.match(find('Lejekontrakt').value.da, /^lejekontrakt\.pdf/);
});
