import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The administrators' service-level targets. */
export const targetAdminMessages = defineCatalogue({
  da: {
    'channels.serviceLevels.admin.title': 'Mål for serviceniveauer',
    'channels.serviceLevels.admin.lead':
      'Målene pr. service og kanal i versioner: hver version gælder i en periode og henviser til den beslutning, der fastsatte den.',
    'channels.serviceLevels.admin.new': 'Nyt mål',
    'channels.serviceLevels.admin.newLead':
      'En ny version af et eksisterende mål afløser den gældende version fra sin startdato. Perioder for samme mål må ikke overlappe.',
    'channels.serviceLevels.admin.supersede': 'Ny version',
    'channels.serviceLevels.admin.save': 'Gem målet',
    'channels.serviceLevels.admin.saved': 'Målet er gemt.',
    'channels.serviceLevels.admin.inForce': 'Gælder nu',
    'channels.serviceLevels.admin.yes': 'Ja',
    'channels.serviceLevels.admin.no': 'Nej',
    'channels.serviceLevels.validFrom': 'Gælder fra',
    'channels.serviceLevels.validFromHint': 'I dag eller senere. Dage, der allerede er målt, beholder deres mål.',
    'channels.serviceLevels.validTo': 'Gælder til (valgfri)',
    'channels.serviceLevels.untilFurther': 'Indtil videre',
    'channels.serviceLevels.decidedBy': 'Besluttet af',
    'channels.serviceLevels.decisionReference': 'Beslutning (dato, punkt eller sagsnummer)',
    'channels.serviceLevels.targetPercent': 'Mål i procent',
    'channels.serviceLevels.withinDaysLabel': 'Frist i arbejdsdage',
    'channels.serviceLevels.withinDaysHint':
      'Kun for skriftlige henvendelser. Sager måles mod deres offentliggjorte sagsbehandlingstid.',
    'channels.serviceLevels.noticeDays': 'Varsel før fristen i arbejdsdage (valgfri)',
    'channels.serviceLevels.noticeDaysHint':
      'Kun for sager: så mange arbejdsdage før fristen får sagsbehandleren besked, så der kan sendes underretning efter retssikkerhedslovens § 3.',
    'channels.serviceLevels.noticeDaysInvalid': 'Varslet gælder kun sager og skal være et helt tal fra 1 til 60.',
    'channels.serviceLevels.serviceKind': 'Gælder for',
    'channels.serviceLevels.serviceKind.all': 'Alle services',
    'channels.serviceLevels.serviceKind.purpose': 'Et henvendelsesformål',
    'channels.serviceLevels.serviceKind.case-type': 'En sagstype',
    'channels.serviceLevels.serviceCode': 'Formålets eller sagstypens kode',
    'channels.serviceLevels.serviceCodeHint': 'Fx passport eller building-permit. Tom, når målet gælder alle.',
    'channels.serviceLevels.invalid': 'Målet kan ikke gemmes. Ret felterne nedenfor.',
    'channels.serviceLevels.metricRequired': 'Vælg hvad der måles.',
    'channels.serviceLevels.serviceKindRequired': 'Vælg hvad målet gælder for.',
    'channels.serviceLevels.serviceUnknown': 'Der er intet formål eller nogen sagstype med den kode.',
    'channels.serviceLevels.channelRequired': 'Vælg en kanal fra listen.',
    'channels.serviceLevels.withinDaysInvalid': 'Skriv fristen som et helt antal arbejdsdage fra 1 til 365.',
    'channels.serviceLevels.withinDaysPublished':
      'Lad fristen være tom: sager måles mod den offentliggjorte sagsbehandlingstid.',
    'channels.serviceLevels.withinAmountLabel':
      'Frist i sekunder, minutter eller arbejdstimer, eller laveste tilfredse svar',
    'channels.serviceLevels.withinAmountHint':
      'Opkald besvaret: sekunder (1–3600). Ventetid: minutter (1–480). Opkald tilbage: arbejdstimer (1–200). Tilfredshed: laveste svar, der tæller som tilfreds (1–5). Tom for de andre.',
    'channels.serviceLevels.withinAmountNone': 'Lad feltet være tomt: det, der måles, har ingen frist af den slags.',
    'channels.serviceLevels.withinAmountInvalid.phone-answer':
      'Skriv antal sekunder som et helt tal fra {low} til {high}.',
    'channels.serviceLevels.withinAmountInvalid.desk-wait':
      'Skriv antal minutter som et helt tal fra {low} til {high}.',
    'channels.serviceLevels.withinAmountInvalid.callback':
      'Skriv antal arbejdstimer som et helt tal fra {low} til {high}.',
    'channels.serviceLevels.withinAmountInvalid.satisfaction':
      'Skriv det laveste tilfredse svar som et helt tal fra {low} til {high}.',
    'channels.serviceLevels.withinDaysWritten': 'Fristen i arbejdsdage gælder kun skriftlige henvendelser.',
    'channels.serviceLevels.percentInvalid': 'Skriv målet som et helt tal fra 1 til 100.',
    'channels.serviceLevels.dateInvalid': 'Skriv en dato som ÅÅÅÅ-MM-DD.',
    'channels.serviceLevels.validFromPast': 'Vælg i dag eller en senere dag.',
    'channels.serviceLevels.validToBeforeFrom': 'Slutdatoen ligger før startdatoen.',
    'channels.serviceLevels.decidedByRequired': 'Skriv hvem der har besluttet målet.',
    'channels.serviceLevels.decisionRequired': 'Skriv en henvisning til beslutningen.',
    'channels.serviceLevels.overlaps':
      'Perioden overlapper versionen {period} (beslutning {decision}). Vælg en periode, der ikke overlapper.',
  },
  en: {
    'channels.serviceLevels.admin.title': 'Service-level targets',
    'channels.serviceLevels.admin.lead':
      'The targets per service and channel in versions: each version applies for a period and refers to the decision that set it.',
    'channels.serviceLevels.admin.new': 'New target',
    'channels.serviceLevels.admin.newLead':
      'A new version of an existing target supersedes the version in force from its start date. Periods of the same target must not overlap.',
    'channels.serviceLevels.admin.supersede': 'New version',
    'channels.serviceLevels.admin.save': 'Save the target',
    'channels.serviceLevels.admin.saved': 'The target is saved.',
    'channels.serviceLevels.admin.inForce': 'In force',
    'channels.serviceLevels.admin.yes': 'Yes',
    'channels.serviceLevels.admin.no': 'No',
    'channels.serviceLevels.validFrom': 'Valid from',
    'channels.serviceLevels.validFromHint': 'Today or later. Days already measured keep their target.',
    'channels.serviceLevels.validTo': 'Valid to (optional)',
    'channels.serviceLevels.untilFurther': 'Until further notice',
    'channels.serviceLevels.decidedBy': 'Decided by',
    'channels.serviceLevels.decisionReference': 'Decision (date, item or case number)',
    'channels.serviceLevels.targetPercent': 'Target in per cent',
    'channels.serviceLevels.withinDaysLabel': 'Deadline in working days',
    'channels.serviceLevels.withinDaysHint':
      'Written inquiries only. Cases are measured against their published processing time.',
    'channels.serviceLevels.noticeDays': 'Warning before the deadline in working days (optional)',
    'channels.serviceLevels.noticeDaysHint':
      'Cases only: this many working days before the deadline the caseworker is told, so a notice under section 3 of the Act on Legal Protection can be sent.',
    'channels.serviceLevels.noticeDaysInvalid':
      'The warning applies to cases only and must be a whole number from 1 to 60.',
    'channels.serviceLevels.serviceKind': 'Applies to',
    'channels.serviceLevels.serviceKind.all': 'All services',
    'channels.serviceLevels.serviceKind.purpose': 'An inquiry purpose',
    'channels.serviceLevels.serviceKind.case-type': 'A case type',
    'channels.serviceLevels.serviceCode': 'Code of the purpose or case type',
    'channels.serviceLevels.serviceCodeHint': 'E.g. passport or building-permit. Empty when the target applies to all.',
    'channels.serviceLevels.invalid': 'The target cannot be saved. Correct the fields below.',
    'channels.serviceLevels.metricRequired': 'Choose what is measured.',
    'channels.serviceLevels.serviceKindRequired': 'Choose what the target applies to.',
    'channels.serviceLevels.serviceUnknown': 'There is no purpose or case type with that code.',
    'channels.serviceLevels.channelRequired': 'Choose a channel from the list.',
    'channels.serviceLevels.withinDaysInvalid': 'Enter the deadline as a whole number of working days from 1 to 365.',
    'channels.serviceLevels.withinDaysPublished':
      'Leave the deadline empty: cases are measured against the published processing time.',
    'channels.serviceLevels.withinAmountLabel':
      'Deadline in seconds, minutes or working hours, or the lowest satisfied score',
    'channels.serviceLevels.withinAmountHint':
      'Calls answered: seconds (1–3600). Waiting time: minutes (1–480). Calls returned: working hours (1–200). Satisfaction: the lowest score that counts as satisfied (1–5). Empty for the others.',
    'channels.serviceLevels.withinAmountNone': 'Leave this empty: what is measured has no such deadline.',
    'channels.serviceLevels.withinAmountInvalid.phone-answer':
      'Enter the seconds as a whole number from {low} to {high}.',
    'channels.serviceLevels.withinAmountInvalid.desk-wait': 'Enter the minutes as a whole number from {low} to {high}.',
    'channels.serviceLevels.withinAmountInvalid.callback':
      'Enter the working hours as a whole number from {low} to {high}.',
    'channels.serviceLevels.withinAmountInvalid.satisfaction':
      'Enter the lowest satisfied score as a whole number from {low} to {high}.',
    'channels.serviceLevels.withinDaysWritten': 'The deadline in working days is for written inquiries only.',
    'channels.serviceLevels.percentInvalid': 'Enter the target as a whole number from 1 to 100.',
    'channels.serviceLevels.dateInvalid': 'Enter a date as YYYY-MM-DD.',
    'channels.serviceLevels.validFromPast': 'Choose today or a later day.',
    'channels.serviceLevels.validToBeforeFrom': 'The end date is before the start date.',
    'channels.serviceLevels.decidedByRequired': 'Enter who decided the target.',
    'channels.serviceLevels.decisionRequired': 'Enter a reference to the decision.',
    'channels.serviceLevels.overlaps':
      'The period overlaps the version {period} (decision {decision}). Choose a period that does not overlap.',
  },
});
