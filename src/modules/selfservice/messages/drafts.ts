import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Drafts: applications begun but not sent. */
export const draftMessages = defineCatalogue({
  da: {
    'selfservice.drafts.title': 'Mine kladder',
    'selfservice.drafts.lead': 'Ansøgninger, du er begyndt på. Du kan fortsætte, hvor du slap.',
    'selfservice.drafts.saved': 'Din kladde er gemt. Du kan fortsætte senere her.',
    'selfservice.drafts.deleted': 'Kladden er slettet.',
    'selfservice.drafts.empty': 'Du har ingen kladder.',
    'selfservice.drafts.solution': 'Løsning',
    'selfservice.drafts.updated': 'Sidst ændret',
    'selfservice.drafts.progress': 'Udfyldt',
    'selfservice.drafts.progressValue': '{done} af {total} trin',
    'selfservice.drafts.continue': 'Fortsæt {solution}',
    'selfservice.drafts.delete': 'Slet kladden til {solution}',
    'selfservice.drafts.abandonedNote':
      'Kladder, der ikke er rørt i {days} dage, tælles som opgivet i kommunens statistik, men du kan stadig fortsætte dem. Kladder, der ikke er rørt i {deleteDays} dage, slettes sammen med vedhæftede filer.',
    'selfservice.draft.notFound': 'Kladden findes ikke.',
    'selfservice.draft.submitted': 'Ansøgningen er allerede sendt.',
  },
  en: {
    'selfservice.drafts.title': 'My drafts',
    'selfservice.drafts.lead': 'Applications you have started. You can continue where you left off.',
    'selfservice.drafts.saved': 'Your draft is saved. You can continue later from here.',
    'selfservice.drafts.deleted': 'The draft is deleted.',
    'selfservice.drafts.empty': 'You have no drafts.',
    'selfservice.drafts.solution': 'Solution',
    'selfservice.drafts.updated': 'Last changed',
    'selfservice.drafts.progress': 'Completed',
    'selfservice.drafts.progressValue': '{done} of {total} steps',
    'selfservice.drafts.continue': 'Continue {solution}',
    'selfservice.drafts.delete': 'Delete the draft of {solution}',
    'selfservice.drafts.abandonedNote':
      "Drafts untouched for {days} days are counted as abandoned in the municipality's statistics, but you can still continue them. Drafts untouched for {deleteDays} days are deleted with their attached files.",
    'selfservice.draft.notFound': 'The draft does not exist.',
    'selfservice.draft.submitted': 'The application has already been sent.',
  },
});
