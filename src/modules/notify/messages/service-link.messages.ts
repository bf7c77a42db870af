import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Why a self-service link cannot be sent (the refusal staff see on the inquiry receipt). */
export const serviceLinkMessages = defineCatalogue({
  da: {
    'notify.serviceLink.unavailable.sms.noContactPoint':
      'Linket kan ikke sendes på SMS: borgeren har ikke et bekræftet mobilnummer.',
    'notify.serviceLink.unavailable.sms.noConsent':
      'Linket kan ikke sendes på SMS: borgeren har ikke sagt ja til SMS fra afdelingen.',
    'notify.serviceLink.unavailable.email.noContactPoint':
      'Linket kan ikke sendes på e-mail: borgeren har ikke en bekræftet e-mailadresse.',
    'notify.serviceLink.unavailable.email.noConsent':
      'Linket kan ikke sendes på e-mail: borgeren har ikke sagt ja til e-mail fra afdelingen.',
    'notify.serviceLink.cpr': 'Beskeden ville indeholde noget, der ligner et CPR-nummer, og er ikke sendt.',
  },
  en: {
    'notify.serviceLink.unavailable.sms.noContactPoint':
      'The link cannot be sent by SMS: the citizen has no verified mobile number.',
    'notify.serviceLink.unavailable.sms.noConsent':
      'The link cannot be sent by SMS: the citizen has not agreed to SMS from the department.',
    'notify.serviceLink.unavailable.email.noContactPoint':
      'The link cannot be sent by e-mail: the citizen has no verified e-mail address.',
    'notify.serviceLink.unavailable.email.noConsent':
      'The link cannot be sent by e-mail: the citizen has not agreed to e-mail from the department.',
    'notify.serviceLink.cpr': 'The message would contain something like a CPR number and was not sent.',
  },
});
