import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The § 3 notices: the caseworker's list, the letter page and the letter itself. */
export const noticeMessages = defineCatalogue({
  da: {
    'channels.notice.menu': 'Fristvarsler',
    'channels.notice.title': 'Sager, der overskrider fristen (§ 3)',
    'channels.notice.lead':
      'Åbne sager i din afdeling, der ikke bliver afgjort inden for den offentliggjorte sagsbehandlingstid. Giv parten skriftlig besked om årsagen og hvornår afgørelsen kan forventes (retssikkerhedslovens § 3, stk. 2).',
    'channels.notice.linkDescription': 'Se sager, der er ved at overskride fristen, og send underretning efter § 3.',
    'channels.notice.caption': 'Sager, der mangler underretning',
    'channels.notice.warning':
      'Sagen når ikke at blive afgjort inden for den offentliggjorte sagsbehandlingstid, som udløber den {deadline}. Parten skal underrettes efter retssikkerhedslovens § 3.',
    'channels.notice.warningPassed':
      'Den offentliggjorte sagsbehandlingstid udløb den {deadline}, uden at sagen er afgjort. Parten skal underrettes efter retssikkerhedslovens § 3.',
    'channels.notice.warningLink': 'Se og send § 3-brevet',
    'channels.notice.caseType': 'Sagstype',
    'channels.notice.received': 'Modtaget',
    'channels.notice.deadline': 'Frist',
    'channels.notice.daysLeft': 'Arbejdsdage tilbage',
    'channels.notice.write': 'Skriv underretning',
    'channels.notice.empty': 'Ingen sager i din afdeling mangler underretning.',
    'channels.notice.pageTitle': 'Underretning om forsinket afgørelse',
    'channels.notice.pageLead':
      'Sagen bliver ikke afgjort inden for den offentliggjorte frist. Skriv årsagen og den nye forventede dato; brevet sendes med Digital Post (eller som fysisk brev) til parten.',
    'channels.notice.noneForCase':
      'Sagen er ikke fundet i risiko for at overskride fristen, så der er ingen underretning at sende.',
    'channels.notice.reason': 'Årsag til forsinkelsen',
    'channels.notice.reasonHint': 'Skrives i brevet, fx: Vi mangler en udtalelse fra en anden myndighed.',
    'channels.notice.expectedDay': 'Ny forventet dato for afgørelse',
    'channels.notice.preview': 'Brevet',
    'channels.notice.send': 'Send underretningen',
    'channels.notice.sent': 'Underretningen er sendt til parten.',
    'channels.notice.alreadySent': 'Underretningen er allerede sendt.',
    'channels.notice.noParty': 'Sagen har ingen part, som brevet kan sendes til.',
    'channels.notice.none': 'Der er ingen underretning at sende for sagen.',
    'channels.notice.invalid': 'Underretningen kan ikke sendes. Ret felterne nedenfor.',
    'channels.notice.reasonRequired': 'Skriv årsagen til forsinkelsen.',
    'channels.notice.dayInvalid': 'Skriv en dato som ÅÅÅÅ-MM-DD.',
    'channels.notice.dayNotLater': 'Vælg en dato efter den offentliggjorte frist ({deadline}).',
    'channels.notice.letterSubject': 'Din sag om {caseType}: afgørelsen bliver forsinket',
    'channels.notice.letterBody':
      'Vi modtog din sag om {caseType} den {received}. Kommunen har offentliggjort, at den slags sager afgøres senest {deadline}, men den frist kan vi desværre ikke overholde i din sag.\n\nÅrsagen er: {reason}\n\nVi forventer at træffe afgørelse senest den {expected}.\n\nDu får dette brev, fordi kommunen efter retssikkerhedslovens § 3, stk. 2, skal give skriftlig besked, når en offentliggjort frist ikke kan overholdes.',
  },
  en: {
    'channels.notice.menu': 'Deadline warnings',
    'channels.notice.title': 'Cases that will miss their deadline (§ 3)',
    'channels.notice.lead':
      'Open cases in your department that will not be decided within the published processing time. Tell the party in writing why and when to expect a decision (section 3(2) of the Act on Legal Protection).',
    'channels.notice.linkDescription': 'See cases about to miss their deadline, and send the section 3 notice.',
    'channels.notice.caption': 'Cases awaiting a notice',
    'channels.notice.warning':
      'The case will not be decided within its published processing time, which runs out on {deadline}. The party must be notified under section 3 of the Act on Legal Protection.',
    'channels.notice.warningPassed':
      'The published processing time ran out on {deadline} without a decision. The party must be notified under section 3 of the Act on Legal Protection.',
    'channels.notice.warningLink': 'Review and send the section 3 letter',
    'channels.notice.caseType': 'Case type',
    'channels.notice.received': 'Received',
    'channels.notice.deadline': 'Deadline',
    'channels.notice.daysLeft': 'Working days left',
    'channels.notice.write': 'Write the notice',
    'channels.notice.empty': 'No case in your department awaits a notice.',
    'channels.notice.pageTitle': 'Notice of a delayed decision',
    'channels.notice.pageLead':
      'The case will not be decided within the published deadline. Enter the reason and the new expected date; the letter goes to the party by Digital Post (or on paper).',
    'channels.notice.noneForCase':
      'The case has not been found at risk of missing its deadline, so there is no notice to send.',
    'channels.notice.reason': 'Reason for the delay',
    'channels.notice.reasonHint': 'Written in the letter, e.g.: We are waiting for a statement from another authority.',
    'channels.notice.expectedDay': 'New expected date of the decision',
    'channels.notice.preview': 'The letter',
    'channels.notice.send': 'Send the notice',
    'channels.notice.sent': 'The notice has been sent to the party.',
    'channels.notice.alreadySent': 'The notice has already been sent.',
    'channels.notice.noParty': 'The case has no party to send the letter to.',
    'channels.notice.none': 'There is no notice to send for the case.',
    'channels.notice.invalid': 'The notice cannot be sent. Correct the fields below.',
    'channels.notice.reasonRequired': 'Enter the reason for the delay.',
    'channels.notice.dayInvalid': 'Enter a date as YYYY-MM-DD.',
    'channels.notice.dayNotLater': 'Choose a date after the published deadline ({deadline}).',
    'channels.notice.letterSubject': 'Your case about {caseType}: the decision will be delayed',
    'channels.notice.letterBody':
      'We received your case about {caseType} on {received}. The municipality has published that such cases are decided by {deadline}, but unfortunately we cannot keep that deadline in your case.\n\nThe reason is: {reason}\n\nWe expect to decide by {expected}.\n\nYou receive this letter because section 3(2) of the Act on Legal Protection requires the municipality to tell you in writing when a published deadline cannot be kept.',
  },
});
