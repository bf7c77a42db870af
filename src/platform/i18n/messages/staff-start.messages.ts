import { defineCatalogue } from '../i18n.ts';

/** The staff start page (what each role can do today) and the administration landing page. */
export const staffStartMessages = defineCatalogue({
  da: {
    'staff.today': 'Det kan du i dag',
    'staff.today.caseworker':
      'Som sagsbehandler behandler du afdelingens sager: du fordeler dem, læser ansøgerens svar og dokumenter, beder om dokumentation, partshører og træffer afgørelse. Du kan sende digital post og planlægge påmindelser om aftaler.',
    'staff.today.front_desk':
      'I Borgerservice opretter du sager for borgere ved skranken eller i telefonen, sender og printer breve til dem, der ikke har digital post, registrerer fritagelser, planlægger påmindelser om aftaler og registrerer henvendelser ved skranken og i telefonen.',
    'staff.today.manager':
      'Som leder følger du afdelingens arbejdskø og frister, fordeler sager, sender post og printer breve og følger, hvor meget borgerne bruger selvbetjeningsløsningerne, og hvordan henvendelserne fordeler sig på kanalerne mod målet, med omkostningerne.',
    'staff.today.system_owner':
      'Som systemejer læser du revisionsloggen (hvem har set hvilke personoplysninger og hvorfor, med kædens kontrol) og følger brugen af selvbetjeningsløsningerne, også som CSV til egne opgørelser.',
    'staff.today.administrator':
      'Som administrator giver du medarbejdere roller og afdelinger, opretter fagsystemers API-adgang, tilpasser sagstypernes arbejdsgange og brevskabeloner og følger leveringen af SMS og e-mail.',
    'staff.modules': 'Dine arbejdsområder',
    'admin.title': 'Administration',
    'admin.lead':
      'Opsætning af Raadhus: medarbejdere, adgang for fagsystemer, sagstyper, notifikationer og revisionsloggen.',
    'admin.none': 'Du har ikke adgang til nogen administrationssider.',
    'module.audit.description': 'Se hvem der har læst eller ændret personoplysninger, hvornår og med hvilket formål.',
  },
  en: {
    'staff.today': 'What you can do today',
    'staff.today.caseworker':
      "As a caseworker you handle your department's cases: assign them, read the applicant's answers and documents, ask for documentation, consult the applicant and decide. You can send digital post and schedule appointment reminders.",
    'staff.today.front_desk':
      'At the front desk you create cases for citizens at the desk or on the phone, send and print letters for those without digital post, record exemptions, schedule appointment reminders and register inquiries at the desk and on the phone.',
    'staff.today.manager':
      "As a manager you follow your department's work queue and deadlines, assign cases, send post and print letters, follow how much citizens use the self-service solutions, and follow the inquiries' channel mix against the target, with its cost.",
    'staff.today.system_owner':
      'As a system owner you read the audit log (who saw which personal data and why, with the chain check) and follow the use of the self-service solutions, also as CSV for your own reports.',
    'staff.today.administrator':
      "As an administrator you give staff their roles and departments, create line-of-business systems' API access, adapt the case types' workflows and letter templates, and follow the delivery of SMS and e-mail.",
    'staff.modules': 'Your areas of work',
    'admin.title': 'Administration',
    'admin.lead':
      'Setting up Raadhus: staff, access for line-of-business systems, case types, notifications and the audit log.',
    'admin.none': 'You have no access to any administration page.',
    'module.audit.description': 'See who read or changed personal data, when and for what purpose.',
  },
});
