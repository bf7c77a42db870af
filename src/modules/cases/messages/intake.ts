import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Staff: creating a case for someone at the counter or on the phone. */
export const intakeMessages = defineCatalogue({
  da: {
    'cases.new.link': 'Opret sag for en borger eller virksomhed',
    'cases.new.title': 'Opret sag',
    'cases.new.lead':
      'Opret en sag for en borger eller virksomhed, der henvender sig i borgerservice eller ringer. Opslaget på CPR eller CVR logges.',
    'cases.new.channel': 'Hvordan henvender de sig?',
    'cases.new.cpr': 'CPR-nummer',
    'cases.new.cprHint': 'Borgerens CPR-nummer (10 cifre).',
    'cases.new.cvr': 'CVR-nummer',
    'cases.new.cvrHint': 'Udfyld i stedet for CPR, hvis det er en virksomhed.',
    'cases.new.caseTitle': 'Sagens titel (valgfri)',
    'cases.new.description': 'Hvad drejer henvendelsen sig om? (valgfri)',
    'cases.new.submit': 'Opret sagen',
    'cases.new.caseTypeRequired': 'Vælg en sagstype.',
    'cases.new.applicantRequired': 'Udfyld CPR-nummer eller CVR-nummer.',
    'cases.new.created': 'Sagen er oprettet',
    'cases.new.createdText': 'Sag {reference} er oprettet for {name}.',
    'cases.new.open': 'Åbn sag {reference}',
    'cases.new.otherDepartment': 'Sagen er sendt til den afdeling, der behandler sagstypen.',
    'cases.new.another': 'Opret en sag mere',
  },
  en: {
    'cases.new.link': 'Create a case for a citizen or business',
    'cases.new.title': 'Create a case',
    'cases.new.lead':
      'Create a case for a citizen or business who comes to the citizen service desk or calls. Looking up the CPR or CVR number is logged.',
    'cases.new.channel': 'How do they contact us?',
    'cases.new.cpr': 'CPR number',
    'cases.new.cprHint': "The citizen's CPR number (10 digits).",
    'cases.new.cvr': 'CVR number',
    'cases.new.cvrHint': 'Fill in instead of the CPR number for a business.',
    'cases.new.caseTitle': 'Title of the case (optional)',
    'cases.new.description': 'What is the request about? (optional)',
    'cases.new.submit': 'Create the case',
    'cases.new.caseTypeRequired': 'Choose a case type.',
    'cases.new.applicantRequired': 'Fill in a CPR number or a CVR number.',
    'cases.new.created': 'The case is created',
    'cases.new.createdText': 'Case {reference} is created for {name}.',
    'cases.new.open': 'Open case {reference}',
    'cases.new.otherDepartment': 'The case has gone to the department that handles the case type.',
    'cases.new.another': 'Create another case',
  },
});
