import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Letters sent on paper through the print service. */
export const printMessages = defineCatalogue({
  da: {
    'post.print.link': 'Printkø',
    'post.print.linkDescription': 'Breve til modtagere uden digital post: hent som PDF og markér som afsendt.',
    'post.print.title': 'Printkø for fysiske breve',
    'post.print.lead':
      'Breve til modtagere, der ikke er tilmeldt digital post eller er fritaget. Luk kørslen, hent den som én PDF, og markér den som afsendt, når brevene er lagt i posten.',
    'post.print.caption': 'Printkørsler',
    'post.print.created': 'Oprettet',
    'post.print.letters': 'Breve',
    'post.print.state': 'Status',
    'post.print.state.open': 'Åben (nye breve lægges her)',
    'post.print.state.closed': 'Lukket, klar til print',
    'post.print.state.posted': 'Afsendt',
    'post.print.close': 'Luk kørslen til print',
    'post.print.download': 'Hent kørslen som PDF',
    'post.print.posted': 'Markér som afsendt',
    'post.print.none': 'Der er ingen printkørsler endnu.',
    'post.print.notClosed': 'Kørslen skal lukkes, før den kan hentes eller markeres som afsendt.',
    'post.print.empty': 'Kørslen har ingen breve.',
  },
  en: {
    'post.print.link': 'Print queue',
    'post.print.linkDescription': 'Letters to recipients without digital post: download as PDF and mark as posted.',
    'post.print.title': 'Print queue for paper letters',
    'post.print.lead':
      'Letters to recipients not signed up for digital post or exempt. Close the run, download it as one PDF, and mark it as posted once the letters are in the post.',
    'post.print.caption': 'Print runs',
    'post.print.created': 'Created',
    'post.print.letters': 'Letters',
    'post.print.state': 'Status',
    'post.print.state.open': 'Open (new letters go here)',
    'post.print.state.closed': 'Closed, ready to print',
    'post.print.state.posted': 'Posted',
    'post.print.close': 'Close the run for printing',
    'post.print.download': 'Download the run as PDF',
    'post.print.posted': 'Mark as posted',
    'post.print.none': 'There are no print runs yet.',
    'post.print.notClosed': 'The run must be closed before it can be downloaded or marked as posted.',
    'post.print.empty': 'The run has no letters.',
  },
});
