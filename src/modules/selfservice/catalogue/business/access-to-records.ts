import { contactFields, options, text, type SolutionInput } from '../solution.ts';

/** Self-service solution: Request access to records. */
export const accessToRecords: SolutionInput = {
  code: 'access-to-records',
  caseTypeCode: 'access-to-records',
  audiences: ['citizen', 'business'],
  assurance: 'substantial',
  name: text('Søg om aktindsigt', 'Request access to records'),
  description: text(
    'Søg om at se dokumenterne i en sag hos kommunen.',
    'Ask to see the documents of a case held by the municipality.',
  ),
  form: {
    pages: [
      {
        id: 'request',
        title: text('Hvad vil du se?', 'What do you want to see?'),
        sections: [
          {
            id: 'request',
            fields: [
              {
                name: 'subject',
                type: 'textarea',
                required: true,
                min: 10,
                max: 2000,
                label: text('Beskriv sagen eller dokumenterne', 'Describe the case or the documents'),
              },
              {
                name: 'caseReference',
                type: 'text',
                max: 40,
                label: text('Sagsnummer (hvis du kender det)', 'Case number (if you know it)'),
              },
              {
                name: 'periodFrom',
                type: 'date',
                maxOffsetDays: 0,
                label: text('Periode fra (valgfrit)', 'Period from (optional)'),
              },
              {
                name: 'periodTo',
                type: 'date',
                maxOffsetDays: 0,
                label: text('Periode til (valgfrit)', 'Period to (optional)'),
              },
              {
                name: 'format',
                type: 'radio',
                required: true,
                label: text('Hvordan vil du have dokumenterne?', 'How do you want the documents?'),
                options: options(
                  ['digital', 'Digitalt i Digital Post', 'Digitally in Digital Post'],
                  ['paper', 'På papir', 'On paper'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'contact',
        title: text('Kontaktoplysninger', 'Contact details'),
        sections: [
          {
            id: 'contact',
            fields: [
              { name: 'requesterName', type: 'text', label: text('Navn', 'Name'), prefill: 'name' },
              ...contactFields(),
            ],
          },
        ],
      },
    ],
  },
};
