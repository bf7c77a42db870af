import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Signing up for digital post and exemption from it. */
export const registrationMessages = defineCatalogue({
  da: {
    'post.registration.title': 'Tilmelding til digital post',
    'post.registration.signed_up': 'Du er tilmeldt digital post (siden {date}). Breve fra kommunen kommer her.',
    'post.registration.not_signed_up':
      'Du er ikke tilmeldt digital post. Kommunen sender dine breve med almindelig post.',
    'post.registration.withdrawn':
      'Du har frameldt digital post ({date}). Kommunen sender dine breve med almindelig post.',
    'post.registration.exempt':
      'Du er fritaget for digital post ({date}). Kommunen sender dine breve med almindelig post.',
    'post.registration.signUp': 'Tilmeld digital post',
    'post.registration.withdraw': 'Frameld digital post',
    'post.registration.exemptHint': 'Vil du ophæve fritagelsen, så kontakt Borgerservice.',
    'post.registration.saved.signed_up': 'Du er nu tilmeldt digital post.',
    'post.registration.saved.withdrawn': 'Du er nu frameldt digital post.',
    'post.exempt.link': 'Fritagelse for digital post',
    'post.exempt.linkDescription': 'Registrér, at en borger er fritaget for digital post, eller ophæv fritagelsen.',
    'post.exempt.title': 'Fritagelse for digital post',
    'post.exempt.lead': 'Borgeren har søgt om fritagelse i Borgerservice. Opslaget og ændringen logges med formålet.',
    'post.exempt.cpr': 'Borgerens CPR-nummer',
    'post.exempt.choice': 'Hvad skal registreres?',
    'post.exempt.choice.exempt': 'Fritaget for digital post (breve sendes med almindelig post)',
    'post.exempt.choice.signed_up': 'Fritagelsen ophæves (borgeren tilmeldes digital post)',
    'post.exempt.save': 'Registrér',
    'post.exempt.saved.exempt': '{name} er registreret som fritaget for digital post.',
    'post.exempt.saved.signed_up': 'Fritagelsen for {name} er ophævet.',
  },
  en: {
    'post.registration.title': 'Digital post sign-up',
    'post.registration.signed_up':
      'You are signed up for digital post (since {date}). Letters from the municipality arrive here.',
    'post.registration.not_signed_up':
      'You are not signed up for digital post. The municipality sends your letters by ordinary post.',
    'post.registration.withdrawn':
      'You withdrew from digital post ({date}). The municipality sends your letters by ordinary post.',
    'post.registration.exempt':
      'You are exempt from digital post ({date}). The municipality sends your letters by ordinary post.',
    'post.registration.signUp': 'Sign up for digital post',
    'post.registration.withdraw': 'Withdraw from digital post',
    'post.registration.exemptHint': 'To end the exemption, contact Citizen Service.',
    'post.registration.saved.signed_up': 'You are now signed up for digital post.',
    'post.registration.saved.withdrawn': 'You have withdrawn from digital post.',
    'post.exempt.link': 'Exemption from digital post',
    'post.exempt.linkDescription': 'Record that a citizen is exempt from digital post, or lift the exemption.',
    'post.exempt.title': 'Exemption from digital post',
    'post.exempt.lead':
      'The citizen applied for exemption at Citizen Service. The look-up and the change are logged with the purpose.',
    'post.exempt.cpr': 'The citizen’s CPR number',
    'post.exempt.choice': 'What is to be recorded?',
    'post.exempt.choice.exempt': 'Exempt from digital post (letters go by ordinary post)',
    'post.exempt.choice.signed_up': 'The exemption is lifted (the citizen is signed up for digital post)',
    'post.exempt.save': 'Record',
    'post.exempt.saved.exempt': '{name} is recorded as exempt from digital post.',
    'post.exempt.saved.signed_up': 'The exemption for {name} has been lifted.',
  },
});
