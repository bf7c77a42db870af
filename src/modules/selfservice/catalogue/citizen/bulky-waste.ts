import { addressFields, options, text, type SolutionInput } from '../solution.ts';

/** Self-service solution: Book a bulky waste pickup. */
export const bulkyWaste: SolutionInput = {
  code: 'bulky-waste',
  caseTypeCode: 'bulky-waste',
  audiences: ['citizen'],
  assurance: 'low',
  name: text('Bestil afhentning af storskrald', 'Book a bulky waste pickup'),
  description: text(
    'Få hentet møbler, hvidevarer, elektronik og haveaffald ved din bolig.',
    'Have furniture, white goods, electronics and garden waste picked up at your home.',
  ),
  form: {
    pages: [
      {
        id: 'address',
        title: text('Afhentningsadresse', 'Pickup address'),
        sections: [{ id: 'address', fields: addressFields() }],
      },
      {
        id: 'items',
        title: text('Hvad skal hentes?', 'What should be picked up?'),
        sections: [
          {
            id: 'items',
            fields: [
              {
                name: 'items',
                type: 'checkbox',
                required: true,
                label: text('Vælg typer af affald', 'Choose types of waste'),
                options: options(
                  ['furniture', 'Møbler', 'Furniture'],
                  ['white-goods', 'Hvidevarer', 'White goods'],
                  ['electronics', 'Elektronik', 'Electronics'],
                  ['garden', 'Haveaffald', 'Garden waste'],
                  ['metal', 'Metal', 'Metal'],
                  ['other', 'Andet', 'Other'],
                ),
              },
              {
                name: 'volume',
                type: 'select',
                required: true,
                label: text('Omtrentlig mængde', 'Approximate volume'),
                options: options(
                  ['small', 'Under 1 m³', 'Under 1 m³'],
                  ['medium', '1-3 m³', '1-3 m³'],
                  ['large', 'Over 3 m³', 'Over 3 m³'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'pickup',
        title: text('Afhentning', 'Pickup'),
        sections: [
          {
            id: 'other',
            showWhen: { field: 'items', equals: 'other' },
            fields: [
              {
                name: 'otherDescription',
                type: 'textarea',
                required: true,
                max: 500,
                label: text('Beskriv det andet affald', 'Describe the other waste'),
              },
            ],
          },
          {
            id: 'pickup',
            fields: [
              {
                name: 'pickupDate',
                type: 'date',
                required: true,
                minOffsetDays: 3,
                maxOffsetDays: 60,
                label: text('Ønsket afhentningsdato', 'Preferred pickup date'),
                hint: text('Tidligst om 3 dage.', 'At the earliest in 3 days.'),
              },
              {
                name: 'placement',
                type: 'radio',
                required: true,
                label: text('Hvor står affaldet?', 'Where will the waste be?'),
                options: options(
                  ['kerb', 'Ved fortovet', 'At the kerb'],
                  ['gate', 'Ved indkørslen', 'At the driveway'],
                ),
              },
              {
                name: 'phone',
                type: 'phone',
                autocomplete: 'tel',
                label: text('Telefonnummer (valgfrit)', 'Phone number (optional)'),
                hint: text('Vi sender en SMS dagen før.', 'We send a text message the day before.'),
              },
            ],
          },
        ],
      },
    ],
  },
};
