import { applicantFields, contactFields, options, text, yesNo, type SolutionInput } from '../solution.ts';

/** Self-service solution: Apply for free school meals. */
export const freeSchoolMeals: SolutionInput = {
  code: 'free-school-meals',
  caseTypeCode: 'free-school-meals',
  audiences: ['citizen'],
  assurance: 'substantial',
  name: text('Søg om gratis skolemad', 'Apply for free school meals'),
  description: text(
    'Familier med lav indkomst kan søge om gratis skolemad til deres børn.',
    'Families with a low income can apply for free school meals for their children.',
  ),
  form: {
    pages: [
      {
        id: 'child',
        title: text('Barnet', 'The child'),
        sections: [
          { id: 'applicant', title: text('Forælder', 'Parent'), fields: applicantFields() },
          {
            id: 'child',
            title: text('Barnet', 'The child'),
            fields: [
              { name: 'childName', type: 'text', required: true, label: text('Barnets navn', "Child's name") },
              {
                name: 'childCpr',
                type: 'cpr',
                required: true,
                label: text('Barnets CPR-nummer', "Child's CPR number"),
                hint: text('10 cifre, fx 010115-1234', '10 digits, e.g. 010115-1234'),
              },
              {
                name: 'school',
                type: 'select',
                required: true,
                label: text('Skole', 'School'),
                options: options(
                  ['north', 'Nordskolen', 'North School'],
                  ['south', 'Sydskolen', 'South School'],
                  ['harbour', 'Havneskolen', 'Harbour School'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'household',
        title: text('Husstandens indkomst', 'Household income'),
        sections: [
          {
            id: 'income',
            fields: [
              {
                name: 'householdIncome',
                type: 'number',
                required: true,
                min: 0,
                label: text(
                  'Husstandens samlede indkomst om året før skat',
                  "The household's total yearly income before tax",
                ),
                suffix: text('kr.', 'DKK'),
              },
              {
                name: 'singleParent',
                type: 'radio',
                required: true,
                label: text('Er du enlig forsørger?', 'Are you a single parent?'),
                options: yesNo,
              },
            ],
          },
          { id: 'contact', title: text('Kontaktoplysninger', 'Contact details'), fields: contactFields() },
        ],
      },
    ],
  },
};
