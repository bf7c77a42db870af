import { contactFields, options, text, yesNo, type SolutionInput } from '../solution.ts';

/** Self-service solution: Register your dog. */
export const dogRegistration: SolutionInput = {
  code: 'dog-registration',
  caseTypeCode: 'dog-registration',
  audiences: ['citizen'],
  assurance: 'low',
  name: text('Registrér din hund', 'Register your dog'),
  description: text(
    'Alle hunde i kommunen skal være registreret og ansvarsforsikret.',
    'Every dog in the municipality must be registered and have liability insurance.',
  ),
  form: {
    pages: [
      {
        id: 'dog',
        title: text('Hunden', 'The dog'),
        sections: [
          {
            id: 'dog',
            fields: [
              { name: 'dogName', type: 'text', required: true, max: 60, label: text('Hundens navn', "Dog's name") },
              { name: 'breed', type: 'text', required: true, max: 60, label: text('Race', 'Breed') },
              {
                name: 'born',
                type: 'date',
                required: true,
                maxOffsetDays: 0,
                label: text('Fødselsdato', 'Date of birth'),
              },
              {
                name: 'chip',
                type: 'text',
                required: true,
                label: text('Chipnummer', 'Microchip number'),
                pattern: '\\d{15}',
                patternMessage: text('Chipnummeret er 15 cifre.', 'The microchip number is 15 digits.'),
              },
              {
                name: 'insured',
                type: 'radio',
                required: true,
                label: text('Er hunden ansvarsforsikret?', 'Does the dog have liability insurance?'),
                options: yesNo,
              },
            ],
          },
        ],
      },
      {
        id: 'owner',
        title: text('Ejer og forsikring', 'Owner and insurance'),
        sections: [
          {
            id: 'owner',
            title: text('Ejer', 'Owner'),
            fields: [
              { name: 'ownerName', type: 'text', label: text('Navn', 'Name'), prefill: 'name' },
              ...contactFields(),
            ],
          },
          {
            id: 'insurance',
            showWhen: { field: 'insured', equals: 'yes' },
            title: text('Forsikring', 'Insurance'),
            fields: [
              {
                name: 'insurer',
                type: 'text',
                required: true,
                label: text('Forsikringsselskab', 'Insurance company'),
              },
            ],
          },
        ],
      },
    ],
  },
};
