import {
  addressFields,
  applicantFields,
  contactFields,
  documentTypes,
  MB,
  options,
  text,
  yesNo,
  type SolutionInput,
} from './solution.ts';

/** Self-service solutions for citizens. */
export const citizenSolutions: SolutionInput[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
                  hint: text(
                    'Materialer, højde og afstand til skel.',
                    'Materials, height and distance to the boundary.',
                  ),
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
];
