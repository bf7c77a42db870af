import { addressFields, applicantFields, contactFields, options, text, type SolutionInput } from '../solution.ts';

/** Self-service solution: Report a change of address. */
export const changeOfAddress: SolutionInput = {
  code: 'change-of-address',
  caseTypeCode: 'change-of-address',
  audiences: ['citizen'],
  assurance: 'substantial',
  name: text('Anmeld flytning', 'Report a change of address'),
  description: text(
    'Fortæl kommunen, at du flytter. Du skal anmelde flytningen senest 5 dage efter, du er flyttet.',
    'Tell the municipality that you are moving. You must report it no later than 5 days after you have moved.',
  ),
  beforeYouStart: text(
    'Hav din nye adresse og datoen for flytningen klar.',
    'Have your new address and the moving date ready.',
  ),
  form: {
    pages: [
      {
        id: 'new-address',
        title: text('Ny adresse', 'New address'),
        sections: [
          { id: 'applicant', title: text('Dig', 'You'), fields: applicantFields() },
          {
            id: 'address',
            title: text('Hvor flytter du hen?', 'Where are you moving to?'),
            fields: addressFields('new'),
          },
          {
            id: 'date',
            fields: [
              {
                name: 'movingDate',
                type: 'date',
                required: true,
                label: text('Flyttedato', 'Moving date'),
                hint: text('Højst 5 dage tilbage og 4 uger frem.', 'At most 5 days ago and 4 weeks ahead.'),
                minOffsetDays: -5,
                maxOffsetDays: 28,
              },
            ],
          },
        ],
      },
      {
        id: 'household',
        title: text('Hvem flytter med?', 'Who is moving with you?'),
        sections: [
          {
            id: 'household',
            fields: [
              {
                name: 'movingWith',
                type: 'radio',
                required: true,
                label: text('Flytter du alene?', 'Are you moving alone?'),
                options: options(
                  ['alone', 'Jeg flytter alene', 'I am moving alone'],
                  ['others', 'Andre flytter med mig', 'Others are moving with me'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'others',
        title: text('Personer, der flytter med', 'People moving with you'),
        showWhen: { field: 'movingWith', equals: 'others' },
        sections: [
          {
            id: 'others',
            fields: [
              {
                name: 'othersCount',
                type: 'number',
                required: true,
                integer: true,
                min: 1,
                max: 15,
                label: text('Hvor mange flytter med dig?', 'How many are moving with you?'),
              },
              {
                name: 'othersNames',
                type: 'textarea',
                required: true,
                max: 1000,
                label: text('Navn og fødselsdato på hver person', 'Name and date of birth of each person'),
                hint: text('Én person pr. linje.', 'One person per line.'),
              },
            ],
          },
        ],
      },
      {
        id: 'contact',
        title: text('Kontaktoplysninger', 'Contact details'),
        sections: [{ id: 'contact', fields: contactFields() }],
      },
    ],
  },
};
