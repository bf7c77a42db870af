import {
  applicantFields,
  contactFields,
  documentTypes,
  MB,
  options,
  text,
  yesNo,
  type SolutionInput,
} from '../solution.ts';

/** Self-service solution: Apply for housing benefit. */
export const housingBenefit: SolutionInput = {
  code: 'housing-benefit',
  caseTypeCode: 'housing-benefit',
  audiences: ['citizen'],
  assurance: 'substantial',
  name: text('Søg om boligstøtte', 'Apply for housing benefit'),
  description: text(
    'Boligstøtte er et tilskud til huslejen for lejere med lav indkomst.',
    'Housing benefit is a contribution to the rent for tenants with a low income.',
  ),
  beforeYouStart: text(
    'Hav din lejekontrakt og husstandens indkomst klar. Lejekontrakten skal uploades som PDF, JPEG eller PNG.',
    "Have your lease and the household's income ready. The lease must be uploaded as PDF, JPEG or PNG.",
  ),
  form: {
    pages: [
      {
        id: 'household',
        title: text('Husstanden', 'Household'),
        sections: [
          { id: 'applicant', title: text('Dig', 'You'), fields: applicantFields() },
          {
            id: 'household',
            title: text('Hvem bor i boligen?', 'Who lives in the home?'),
            fields: [
              {
                name: 'otherAdults',
                type: 'radio',
                required: true,
                label: text('Bor der andre voksne i boligen?', 'Do other adults live in the home?'),
                options: yesNo,
              },
              {
                name: 'children',
                type: 'number',
                required: true,
                integer: true,
                min: 0,
                max: 20,
                label: text('Antal børn under 18 år i boligen', 'Number of children under 18 in the home'),
              },
            ],
          },
        ],
      },
      {
        id: 'adults',
        title: text('Andre voksne i boligen', 'Other adults in the home'),
        showWhen: { field: 'otherAdults', equals: 'yes' },
        sections: [
          {
            id: 'adults',
            fields: [
              {
                name: 'adultsCount',
                type: 'number',
                required: true,
                integer: true,
                min: 1,
                max: 10,
                label: text('Antal andre voksne', 'Number of other adults'),
              },
              {
                name: 'adultsIncome',
                type: 'number',
                required: true,
                min: 0,
                label: text('Deres samlede indkomst om året før skat', 'Their total yearly income before tax'),
                suffix: text('kr.', 'DKK'),
              },
            ],
          },
        ],
      },
      {
        id: 'income',
        title: text('Din indkomst', 'Your income'),
        sections: [
          {
            id: 'income',
            fields: [
              {
                name: 'yearlyIncome',
                type: 'number',
                required: true,
                min: 0,
                max: 10_000_000,
                label: text('Din indkomst om året før skat', 'Your yearly income before tax'),
                suffix: text('kr.', 'DKK'),
              },
              {
                name: 'incomeTypes',
                type: 'checkbox',
                required: true,
                label: text('Hvad består din indkomst af?', 'What does your income consist of?'),
                options: options(
                  ['salary', 'Løn', 'Salary'],
                  ['pension', 'Pension', 'Pension'],
                  ['benefits', 'Offentlig ydelse', 'Public benefits'],
                  ['su', 'SU', 'Student grant'],
                  ['other', 'Andet', 'Other'],
                ),
              },
              {
                name: 'assets',
                type: 'number',
                min: 0,
                label: text('Formue (fx opsparing)', 'Assets (e.g. savings)'),
                suffix: text('kr.', 'DKK'),
                hint: text('Lad feltet stå tomt, hvis du ikke har formue.', 'Leave empty if you have no assets.'),
              },
            ],
          },
        ],
      },
      {
        id: 'rent',
        title: text('Boligen og huslejen', 'The home and the rent'),
        sections: [
          {
            id: 'rent',
            fields: [
              {
                name: 'monthlyRent',
                type: 'number',
                required: true,
                min: 1,
                max: 100_000,
                label: text('Husleje om måneden uden forbrug', 'Monthly rent without utilities'),
                suffix: text('kr.', 'DKK'),
              },
              {
                name: 'area',
                type: 'number',
                required: true,
                integer: true,
                min: 10,
                max: 500,
                label: text('Boligens areal', 'Floor area'),
                suffix: text('m²', 'm²'),
              },
              {
                name: 'heatingIncluded',
                type: 'radio',
                required: true,
                label: text('Er varme med i huslejen?', 'Is heating included in the rent?'),
                options: yesNo,
              },
              {
                name: 'leaseStart',
                type: 'date',
                required: true,
                maxOffsetDays: 60,
                label: text('Lejeforholdet begyndte', 'The tenancy started'),
              },
            ],
          },
        ],
      },
      {
        id: 'documents',
        title: text('Dokumentation', 'Documentation'),
        sections: [
          {
            id: 'lease',
            fields: [
              {
                name: 'lease',
                type: 'file',
                required: true,
                maxBytes: 5 * MB,
                allowedTypes: documentTypes,
                label: text('Lejekontrakt', 'Lease'),
                hint: text('PDF, JPEG eller PNG, højst 5 MB.', 'PDF, JPEG or PNG, at most 5 MB.'),
              },
            ],
          },
          {
            id: 'adults-income',
            title: text('De andre voksnes indkomst', "The other adults' income"),
            showWhen: { field: 'otherAdults', equals: 'yes' },
            fields: [
              {
                name: 'adultsIncomeProof',
                type: 'file',
                maxBytes: 5 * MB,
                allowedTypes: documentTypes,
                label: text('Dokumentation for indkomst (valgfrit)', 'Proof of income (optional)'),
                hint: text('PDF, JPEG eller PNG, højst 5 MB.', 'PDF, JPEG or PNG, at most 5 MB.'),
              },
            ],
          },
          { id: 'contact', title: text('Kontaktoplysninger', 'Contact details'), fields: contactFields() },
        ],
      },
    ],
  },
};
