import { currentLocale, type Locale } from './i18n.ts';

/**
 * Numbers, amounts, percentages and calendar days for the reader's locale (Intl): "185.000" and "62,5 %" in Danish,
 * "185,000" and "62.5%" in English. Formatters are made once per locale and kind (making one costs far more than
 * using it).
 */
const tags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function formatNumber(value: number, locale: Locale = currentLocale()): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 })).format(
    value,
  );
}

/** An amount in Danish kroner, whole kroner unless it has øre: "185.000 kr." / "DKK 185,000". */
export function formatAmount(value: number, locale: Locale = currentLocale()): string {
  return cached(
    `amount:${locale}`,
    () =>
      new Intl.NumberFormat(tags[locale], {
        style: 'currency',
        currency: 'DKK',
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      }),
  ).format(value);
}

/** A percentage given in percent (62.5 → "62,5 %" / "62.5%"). */
export function formatPercent(percent: number, locale: Locale = currentLocale()): string {
  return cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: 1 }),
  ).format(percent / 100);
}

/** A calendar day stored as YYYY-MM-DD ("3. nov. 2026" / "3 Nov 2026"), or a month as YYYY-MM ("november 2026"). */
export function formatDay(day: string, locale: Locale = currentLocale()): string {
  const month = /^\d{4}-\d{2}$/.test(day);
  if (!month && !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${month ? `${day}-01` : day}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = month
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return cached(`day:${locale}:${month}`, () => new Intl.DateTimeFormat(tags[locale], options)).format(date);
}

/** A file's size for people: "1,5 MB" / "1.5 MB", "12 kB", never "0 kB". */
export function formatFileSize(bytes: number, locale: Locale = currentLocale()): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, locale)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} kB`;
}
