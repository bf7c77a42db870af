import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Asking for access, and the delivered copy behind the link. */
export const requestMessages = defineCatalogue({
  da: {
    'openness.request.title': 'Anmod om aktindsigt',
    'openness.request.lead':
      'Du kan få indsigt i kommunens dokumenter efter offentlighedsloven. Du får svar inden 7 arbejdsdage, eller besked om hvorfor det tager længere tid, og hvornår du kan forvente svar.',
    'openness.request.entries': 'Dokumenter du beder om',
    'openness.request.description': 'Beskriv hvad du ønsker indsigt i',
    'openness.request.descriptionHint':
      'Fx sagen, emnet eller perioden. Ikke nødvendigt, hvis du har valgt breve fra postlisten.',
    'openness.request.email': 'Din e-mailadresse',
    'openness.request.emailHint':
      'Afgørelsen og dokumenterne sendes hertil som et link. Log ind med MitID for at få svaret i Digital Post.',
    'openness.request.kind': 'Jeg er part i sagen og beder om partsaktindsigt (forvaltningsloven § 9)',
    'openness.request.caseReference': 'Sagsnummer på din egen sag (partsaktindsigt)',
    'openness.request.caseReferenceHint':
      'Valgfrit. Står i "Mine sager", fx BYG-2026-0001. Så får du indsigt i alle sagens breve, ikke kun dem på postlisten.',
    'openness.request.submit': 'Send anmodningen',
    'openness.request.received': 'Vi har modtaget din anmodning om aktindsigt',
    'openness.request.receivedLead': 'Du får svar senest {deadline}.',
    'openness.request.caseNumber': 'Dit sagsnummer er {reference}.',
    'openness.request.receivedDigital': 'Svaret sendes til din digitale postkasse.',
    'openness.request.receivedEmail': 'Svaret sendes som et link til din e-mailadresse.',
    'openness.request.error.summary': 'Anmodningen kunne ikke sendes.',
    'openness.request.error.entryGone':
      'Et af brevene findes ikke længere på postlisten. Søg det frem igen, eller beskriv hvad du ønsker.',
    'openness.request.error.what': 'Vælg breve på postlisten, eller beskriv hvad du ønsker indsigt i.',
    'openness.request.error.tooLong': 'Beskrivelsen må højst være 2.000 tegn.',
    'openness.request.error.email': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
    'openness.request.error.party': 'Log ind med MitID for at bede om partsaktindsigt.',
    'openness.request.error.ownCase': 'Skriv sagsnummeret på en af dine egne sager, fx BYG-2026-0001.',
    'openness.download.title': 'Afgørelse om aktindsigt',
    'openness.download.lead': 'Afgørelsen og de dokumenter, du har fået indsigt i.',
    'openness.download.reasons': 'Begrundelse',
    'openness.download.none': 'Du har ikke fået udleveret dokumenter.',
    'openness.download.invalid': 'Linket er ikke gyldigt. Brug linket fra e-mailen, som det er.',
    'openness.download.expired': 'Linket er udløbet. Kontakt kommunen for at få et nyt.',
    'openness.redacted': '[Undtaget: {ground}]',
  },
  en: {
    'openness.request.title': 'Request access to documents',
    'openness.request.lead':
      "You can see the municipality's documents under the Access to Public Administration Files Act. You get an answer within 7 working days, or a notice of why it takes longer and when to expect the answer.",
    'openness.request.entries': 'Documents you ask for',
    'openness.request.description': 'Describe what you want access to',
    'openness.request.descriptionHint':
      'E.g. the case, the subject or the period. Not needed if you chose letters from the post list.',
    'openness.request.email': 'Your e-mail address',
    'openness.request.emailHint':
      'The decision and the documents are sent here as a link. Log in with MitID to get the answer in Digital Post.',
    'openness.request.kind': "I am a party to the case and ask for a party's access (Public Administration Act § 9)",
    'openness.request.caseReference': "Case number of your own case (a party's access)",
    'openness.request.caseReferenceHint':
      'Optional. Shown in "My cases", e.g. BYG-2026-0001. You then get access to all the letters of the case, not only those on the post list.',
    'openness.request.submit': 'Send the request',
    'openness.request.received': 'We have received your request for access',
    'openness.request.receivedLead': 'You will get an answer by {deadline}.',
    'openness.request.caseNumber': 'Your case number is {reference}.',
    'openness.request.receivedDigital': 'The answer is sent to your digital mailbox.',
    'openness.request.receivedEmail': 'The answer is sent as a link to your e-mail address.',
    'openness.request.error.summary': 'The request could not be sent.',
    'openness.request.error.entryGone':
      'One of the letters is no longer on the post list. Find it again, or describe what you want.',
    'openness.request.error.what': 'Choose letters on the post list, or describe what you want access to.',
    'openness.request.error.tooLong': 'The description can be at most 2,000 characters.',
    'openness.request.error.email': 'Enter a valid e-mail address, e.g. name@example.com.',
    'openness.request.error.party': "Log in with MitID to ask for a party's access.",
    'openness.request.error.ownCase': 'Enter the case number of one of your own cases, e.g. BYG-2026-0001.',
    'openness.download.title': 'Decision on access to documents',
    'openness.download.lead': 'The decision and the documents you were given access to.',
    'openness.download.reasons': 'Reasons',
    'openness.download.none': 'No documents were handed out to you.',
    'openness.download.invalid': 'The link is not valid. Use the link from the e-mail exactly as it is.',
    'openness.download.expired': 'The link has expired. Contact the municipality for a new one.',
    'openness.redacted': '[Withheld: {ground}]',
  },
});
