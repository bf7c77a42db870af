import { applicantFields, documentTypes, MB, options, text, type SolutionInput } from '../solution.ts';

/** Self-service solution: Apply for resident parking. */
export const residentParking: SolutionInput = {
  code: 'resident-parking',
  caseTypeCode: 'resident-parking',
  audiences: ['citizen'],
  assurance: 'substantial',
  name: text('Søg om beboerparkering', 'Apply for resident parking'),
  description: text(
    'Med en beboerlicens kan du parkere i zonen, hvor du bor.',
    'With a resident permit you can park in the zone where you live.',
  ),
  form: {
    pages: [
      {
        id: 'vehicle',
        title: text('Bilen', 'The car'),
        sections: [
          { id: 'applicant', title: text('Dig', 'You'), fields: applicantFields() },
          {
            id: 'vehicle',
            fields: [
              {
                name: 'registration',
                type: 'text',
                required: true,
                label: text('Registreringsnummer', 'Registration number'),
                hint: text('Fx AB 12 345', 'E.g. AB 12 345'),
                pattern: '[A-Za-z]{2} ?\\d{2} ?\\d{3}',
                patternMessage: text(
                  'Registreringsnummeret skal have formen AB 12 345.',
                  'The registration number must have the form AB 12 345.',
                ),
              },
              {
                name: 'ownership',
                type: 'radio',
                required: true,
                label: text('Hvem ejer bilen?', 'Who owns the car?'),
                options: options(
                  ['own', 'Jeg ejer bilen', 'I own the car'],
                  ['leased', 'Bilen er leaset', 'The car is leased'],
                  ['employer', 'Min arbejdsgiver', 'My employer'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'zone',
        title: text('Zone og periode', 'Zone and period'),
        sections: [
          {
            id: 'zone',
            fields: [
              {
                name: 'zone',
                type: 'select',
                required: true,
                label: text('Parkeringszone', 'Parking zone'),
                options: options(
                  ['a', 'Zone A – Midtbyen', 'Zone A – City centre'],
                  ['b', 'Zone B – Havnen', 'Zone B – Harbour'],
                  ['c', 'Zone C – Stationen', 'Zone C – Station'],
                ),
              },
              {
                name: 'validFrom',
                type: 'date',
                required: true,
                minOffsetDays: 0,
                maxOffsetDays: 90,
                label: text('Gyldig fra', 'Valid from'),
              },
            ],
          },
          {
            id: 'documentation',
            title: text('Dokumentation for brugsret', 'Proof of right of use'),
            showWhen: { field: 'ownership', equals: ['leased', 'employer'] },
            fields: [
              {
                name: 'useProof',
                type: 'file',
                required: true,
                maxBytes: 5 * MB,
                allowedTypes: documentTypes,
                label: text(
                  'Leasingaftale eller erklæring fra arbejdsgiver',
                  'Lease agreement or statement from employer',
                ),
                hint: text('PDF, JPEG eller PNG, højst 5 MB.', 'PDF, JPEG or PNG, at most 5 MB.'),
              },
            ],
          },
        ],
      },
    ],
  },
};
