import { defineCatalogue } from '../i18n.ts';

/** Shared words and the texts of shared components (tables, charts). */
export const componentMessages = defineCatalogue({
  da: {
    'common.save': 'Gem',
    'common.cancel': 'Annuller',
    'common.search': 'Søg',
    'common.export': 'Eksportér',
    'common.back': 'Tilbage',
    'common.yes': 'Ja',
    'common.no': 'Nej',
    'common.previous': 'Forrige',
    'common.next': 'Næste',
    'common.page': 'Side {page}',
    'common.noResults': 'Ingen resultater.',
    'common.actions': 'Handlinger',
    'table.sortAscending': 'sortér stigende',
    'table.sortDescending': 'sortér faldende',
    'chart.showTable': 'Vis tallene som tabel',
  },
  en: {
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.search': 'Search',
    'common.export': 'Export',
    'common.back': 'Back',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.previous': 'Previous',
    'common.next': 'Next',
    'common.page': 'Page {page}',
    'common.noResults': 'No results.',
    'common.actions': 'Actions',
    'table.sortAscending': 'sort ascending',
    'table.sortDescending': 'sort descending',
    'chart.showTable': 'Show the figures as a table',
  },
});
