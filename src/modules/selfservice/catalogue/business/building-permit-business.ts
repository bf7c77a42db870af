import {
  addressFields,
  businessFields,
  contactFields,
  documentTypes,
  MB,
  options,
  text,
  type SolutionInput,
} from '../solution.ts';

/** Self-service solution: Apply for a building permit for commercial building. */
export const buildingPermitBusiness: SolutionInput = {
  code: 'building-permit-business',
  caseTypeCode: 'building-permit',
  audiences: ['business'],
  assurance: 'substantial',
  name: text('Søg om byggetilladelse til erhvervsbyggeri', 'Apply for a building permit for commercial building'),
  description: text(
    'For virksomheder, der bygger selv, og rådgivere, der søger på vegne af en bygherre.',
    'For businesses building for themselves and advisers applying on behalf of a building owner.',
  ),
  beforeYouStart: text(
    'Du skal uploade tegninger som PDF og kende bygningens anvendelse og areal.',
    "You must upload drawings as PDF and know the building's use and area.",
  ),
  form: {
    pages: [
      {
        id: 'company',
        title: text('Virksomheden', 'The business'),
        sections: [
          { id: 'company', fields: [...businessFields(), ...contactFields(true)] },
          {
            id: 'role',
            fields: [
              {
                name: 'role',
                type: 'radio',
                required: true,
                label: text('Hvem søger virksomheden for?', 'On whose behalf is the business applying?'),
                options: options(
                  ['owner', 'Virksomheden er selv bygherre', 'The business is the building owner'],
                  ['adviser', 'Vi er rådgiver for en bygherre', 'We advise a building owner'],
                ),
              },
            ],
          },
        ],
      },
      {
        id: 'client',
        title: text('Bygherren', 'The building owner'),
        showWhen: { field: 'role', equals: 'adviser' },
        sections: [
          {
            id: 'client',
            fields: [
              {
                name: 'clientName',
                type: 'text',
                required: true,
                label: text('Bygherrens navn', "Building owner's name"),
              },
              {
                name: 'clientCvr',
                type: 'cvr',
                label: text('Bygherrens CVR-nummer (hvis virksomhed)', "Building owner's CVR number (if a business)"),
              },
              {
                name: 'powerOfAttorney',
                type: 'file',
                required: true,
                maxBytes: 5 * MB,
                allowedTypes: documentTypes,
                label: text('Fuldmagt fra bygherren', 'Power of attorney from the building owner'),
                hint: text('PDF, JPEG eller PNG, højst 5 MB.', 'PDF, JPEG or PNG, at most 5 MB.'),
              },
            ],
          },
        ],
      },
      {
        id: 'project',
        title: text('Projektet', 'The project'),
        sections: [
          {
            id: 'project',
            fields: [
              {
                name: 'use',
                type: 'select',
                required: true,
                label: text('Bygningens anvendelse', 'Use of the building'),
                options: options(
                  ['office', 'Kontor', 'Office'],
                  ['retail', 'Butik', 'Retail'],
                  ['industry', 'Industri og værksted', 'Industry and workshop'],
                  ['storage', 'Lager', 'Storage'],
                  ['housing', 'Boliger', 'Housing'],
                ),
              },
              {
                name: 'area',
                type: 'number',
                required: true,
                min: 1,
                max: 200_000,
                label: text('Etageareal', 'Floor area'),
                suffix: text('m²', 'm²'),
              },
              {
                name: 'description',
                type: 'textarea',
                required: true,
                min: 20,
                max: 4000,
                label: text('Beskriv projektet', 'Describe the project'),
              },
            ],
          },
          {
            id: 'site',
            title: text('Byggeriets adresse', 'Address of the building site'),
            fields: addressFields('site'),
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
                name: 'fireStrategy',
                type: 'file',
                maxBytes: 10 * MB,
                allowedTypes: ['application/pdf'],
                label: text('Brandstrategi (valgfrit)', 'Fire strategy (optional)'),
                hint: text('PDF, højst 10 MB.', 'PDF, at most 10 MB.'),
              },
            ],
          },
        ],
      },
    ],
  },
};
