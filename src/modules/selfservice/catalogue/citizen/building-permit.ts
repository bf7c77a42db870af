import {
  addressFields,
  applicantFields,
  contactFields,
  documentTypes,
  MB,
  options,
  text,
  type SolutionInput,
} from '../solution.ts';

/** Self-service solution: Apply for a building permit. */
export const buildingPermit: SolutionInput = {
  code: 'building-permit',
  caseTypeCode: 'building-permit',
  audiences: ['citizen'],
  assurance: 'substantial',
  name: text('Søg om byggetilladelse', 'Apply for a building permit'),
  description: text(
    'Søg om tilladelse til fx carport, garage, tilbygning eller sommerhus.',
    'Apply for permission to build e.g. a carport, garage, extension or holiday home.',
  ),
  beforeYouStart: text(
    'Du skal uploade tegninger af projektet som PDF.',
    'You must upload drawings of the project as PDF.',
  ),
  form: {
    pages: [
      {
        id: 'project',
        title: text('Projektet', 'The project'),
        sections: [
          { id: 'applicant', title: text('Bygherre', 'Building owner'), fields: applicantFields() },
          {
            id: 'project',
            fields: [
              {
                name: 'projectType',
                type: 'select',
                required: true,
                label: text('Hvad vil du bygge?', 'What do you want to build?'),
                options: options(
                  ['carport', 'Carport eller udhus', 'Carport or shed'],
                  ['garage', 'Garage', 'Garage'],
                  ['extension', 'Tilbygning', 'Extension'],
                  ['holiday-home', 'Sommerhus', 'Holiday home'],
                  ['other', 'Andet', 'Other'],
                ),
              },
              {
                name: 'area',
                type: 'number',
                required: true,
                min: 1,
                max: 2000,
                label: text('Bebygget areal', 'Built area'),
                suffix: text('m²', 'm²'),
              },
            ],
          },
          {
            id: 'site',
            title: text('Byggeriets adresse', 'Address of the building site'),
            fields: [
              ...addressFields('site'),
              {
                name: 'cadastre',
                type: 'text',
                max: 40,
                label: text('Matrikelnummer (valgfrit)', 'Cadastral number (optional)'),
              },
            ],
          },
        ],
      },
      {
        id: 'details',
        title: text('Beskrivelse', 'Description'),
        sections: [
          {
            id: 'other',
            showWhen: { field: 'projectType', equals: 'other' },
            fields: [
              {
                name: 'otherType',
                type: 'text',
                required: true,
                label: text('Hvilken type byggeri?', 'What kind of building?'),
              },
            ],
          },
          {
            id: 'details',
            fields: [
              {
                name: 'description',
                type: 'textarea',
                required: true,
                min: 20,
                max: 4000,
                label: text('Beskriv projektet', 'Describe the project'),
                hint: text('Materialer, højde og afstand til skel.', 'Materials, height and distance to the boundary.'),
              },
              {
                name: 'startDate',
                type: 'date',
                minOffsetDays: 0,
                label: text('Forventet byggestart (valgfrit)', 'Expected start of work (optional)'),
              },
            ],
          },
        ],
      },
      {
        id: 'documents',
        title: text('Tegninger', 'Drawings'),
        sections: [
          {
            id: 'documents',
            fields: [
              {
                name: 'drawings',
                type: 'file',
                required: true,
                maxBytes: 10 * MB,
                allowedTypes: ['application/pdf'],
                label: text('Tegninger', 'Drawings'),
                hint: text('PDF, højst 10 MB.', 'PDF, at most 10 MB.'),
              },
              {
                name: 'sitePlan',
                type: 'file',
                maxBytes: 10 * MB,
                allowedTypes: documentTypes,
                label: text('Situationsplan (valgfrit)', 'Site plan (optional)'),
                hint: text('PDF, JPEG eller PNG, højst 10 MB.', 'PDF, JPEG or PNG, at most 10 MB.'),
              },
            ],
          },
          { id: 'contact', title: text('Kontaktoplysninger', 'Contact details'), fields: contactFields(true) },
        ],
      },
    ],
  },
};
