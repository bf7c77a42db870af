import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Why a self-service link cannot be sent (shown to staff on the inquiry receipt). */
export const serviceLinkMessages = defineCatalogue({
  da: {
    'notify.serviceLink.unavailable.noContactPoint': 'Borgeren har ikke et bekræftet nummer eller adresse til kanalen.',
    'notify.serviceLink.unavailable.noConsent': 'Borgeren har ikke sagt ja til beskeder fra afdelingen i kanalen.',
    'notify.serviceLink.cpr': 'Beskeden ville indeholde noget, der ligner et CPR-nummer, og er ikke sendt.',
  },
  en: {
    'notify.serviceLink.unavailable.noContactPoint': 'The citizen has no verified number or address for the channel.',
    'notify.serviceLink.unavailable.noConsent':
      'The citizen has not agreed to messages from the department in the channel.',
    'notify.serviceLink.cpr': 'The message would contain something like a CPR number and was not sent.',
  },
});
