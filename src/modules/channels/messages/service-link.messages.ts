import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The receipt's offer to send the citizen the self-service link. */
export const serviceLinkMessages = defineCatalogue({
  da: {
    'channels.serviceLink.heading': 'Send linket til borgeren',
    'channels.serviceLink.channel': 'Send linket på',
    'channels.serviceLink.channel.sms': 'SMS',
    'channels.serviceLink.channel.email': 'E-mail',
    'channels.serviceLink.channel.digital-post': 'Digital Post',
    'channels.serviceLink.submit': 'Send linket',
    'channels.serviceLink.possible': 'Kan sendes',
    'channels.serviceLink.sent': 'Sendt',
    'channels.serviceLink.none': 'Linket kan ikke sendes til borgeren. Giv det mundtligt eller på papir.',
    'channels.serviceLink.channelRequired': 'Vælg SMS, e-mail eller Digital Post.',
    'channels.serviceLink.unavailable.digital-post.notSignedUp':
      'Ikke muligt: borgeren er fritaget for Digital Post eller ikke tilmeldt',
    'channels.serviceLink.refused.digital-post':
      'Linket kan ikke sendes med Digital Post: borgeren er fritaget for Digital Post eller ikke tilmeldt.',
    'channels.serviceLink.letterSubject': 'Link til selvbetjening: {purpose}',
    'channels.serviceLink.letterBody':
      'Du har været i kontakt med kommunen om {purpose}. Det kan du klare selv på nettet, når det passer dig:\n\n{url}\n\nHar du brug for hjælp, er du velkommen til at kontakte os igen.',
    'channels.serviceLink.unavailable.sms.noContactPoint': 'Ikke muligt: intet bekræftet mobilnummer',
    'channels.serviceLink.unavailable.sms.noConsent': 'Ikke muligt: borgeren har ikke sagt ja til SMS fra afdelingen',
    'channels.serviceLink.unavailable.email.noContactPoint': 'Ikke muligt: ingen bekræftet e-mailadresse',
    'channels.serviceLink.unavailable.email.noConsent':
      'Ikke muligt: borgeren har ikke sagt ja til e-mail fra afdelingen',
  },
  en: {
    'channels.serviceLink.heading': 'Send the link to the citizen',
    'channels.serviceLink.channel': 'Send the link by',
    'channels.serviceLink.channel.sms': 'SMS',
    'channels.serviceLink.channel.email': 'E-mail',
    'channels.serviceLink.channel.digital-post': 'Digital Post',
    'channels.serviceLink.submit': 'Send the link',
    'channels.serviceLink.possible': 'Possible',
    'channels.serviceLink.sent': 'Sent',
    'channels.serviceLink.none': 'The link cannot be sent to the citizen. Give it to them in person or on paper.',
    'channels.serviceLink.channelRequired': 'Choose SMS, e-mail or Digital Post.',
    'channels.serviceLink.unavailable.digital-post.notSignedUp':
      'Not possible: the citizen is exempt from or not signed up for Digital Post',
    'channels.serviceLink.refused.digital-post':
      'The link cannot be sent by Digital Post: the citizen is exempt from or not signed up for Digital Post.',
    'channels.serviceLink.letterSubject': 'Self-service link: {purpose}',
    'channels.serviceLink.letterBody':
      'You have been in contact with the municipality about {purpose}. You can do it yourself online, whenever it suits you:\n\n{url}\n\nIf you need help, you are welcome to contact us again.',
    'channels.serviceLink.unavailable.sms.noContactPoint': 'Not possible: no verified mobile number',
    'channels.serviceLink.unavailable.sms.noConsent':
      'Not possible: the citizen has not agreed to SMS from the department',
    'channels.serviceLink.unavailable.email.noContactPoint': 'Not possible: no verified e-mail address',
    'channels.serviceLink.unavailable.email.noConsent':
      'Not possible: the citizen has not agreed to e-mail from the department',
  },
});
