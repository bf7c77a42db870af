/**
 * The fixed words printed on a letter, in the letter's language. They live here, next to the renderer, because
 * a printed letter is a document, not a page: it has no request locale and must not change with the UI catalogue.
 */
export type LetterLocale = 'da' | 'en';

export interface LetterLabels {
  date: string;
  reference: string;
  attachments: string;
  page: (page: number, pages: number) => string;
  batchTitle: (letters: number) => string;
}

export const letterLabels: Record<LetterLocale, LetterLabels> = {
  da: {
    date: 'Dato',
    reference: 'Vores reference',
    attachments: 'Bilag',
    page: (page, pages) => `Side ${page} af ${pages}`,
    batchTitle: (letters) => `Udskrivning af ${letters} ${letters === 1 ? 'brev' : 'breve'}`,
  },
  en: {
    date: 'Date',
    reference: 'Our reference',
    attachments: 'Attachments',
    page: (page, pages) => `Page ${page} of ${pages}`,
    batchTitle: (letters) => `Print batch of ${letters} ${letters === 1 ? 'letter' : 'letters'}`,
  },
};

/** The letter's date as written in a Danish letter ("1. december 2026"), in the municipality's time zone. */
export function letterDate(date: Date, locale: LetterLocale): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  }).format(date);
}

/** BCP 47 tag for the PDF's /Lang, so screen readers read the letter in its language. */
export const pdfLanguage = (locale: LetterLocale) => (locale === 'da' ? 'da-DK' : 'en-GB');
