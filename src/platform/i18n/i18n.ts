import { AsyncLocalStorage } from 'node:async_hooks';

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

export type Messages = Record<string, string>;
/** A module's texts: the same keys in Danish and English. */
export interface Catalogue {
  da: Messages;
  en: Messages;
}

/** Texts with the keys of `Of` that `In` lacks: required, so the compiler names each missing key. */
type KeysMissing<In, Of> = Record<Exclude<keyof Of, keyof In>, string>;

/**
 * Declares a catalogue whose Danish and English texts have the same keys, checked by the compiler: a key
 * missing in either language is a type error that names the key.
 */
export function defineCatalogue<Da extends Messages, En extends Messages>(catalogue: {
  da: Da & KeysMissing<Da, En>;
  en: En & KeysMissing<En, Da>;
}): Catalogue {
  return catalogue;
}

/** Joins a module's catalogues (one per area of the module) into the one catalogue the module registers. */
export function joinCatalogues(...parts: Catalogue[]): Catalogue {
  const joined: Catalogue = { da: {}, en: {} };
  for (const part of parts) {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(part[locale])) {
        if (key in joined[locale]) throw new Error(`i18n key defined twice: ${key}`);
        joined[locale][key] = text;
      }
    }
  }
  return joined;
}

const catalogue: Record<Locale, Messages> = { da: {}, en: {} };

/** Adds a module's texts to the catalogue; a key defined twice is a programming error. */
export function registerMessages(messages: Catalogue): void {
  for (const locale of locales) {
    for (const [key, text] of Object.entries(messages[locale])) {
      if (key in catalogue[locale] && catalogue[locale][key] !== text)
        throw new Error(`i18n key defined twice: ${key}`);
      catalogue[locale][key] = text;
    }
  }
}

export function allMessages(locale: Locale): Readonly<Messages> {
  return catalogue[locale];
}

const localeStorage = new AsyncLocalStorage<Locale>();

/** Runs `work` with `locale` as the language `t` translates to (one request's rendering). */
export function withLocale<T>(locale: Locale, work: () => T): T {
  return localeStorage.run(locale, work);
}

export function currentLocale(): Locale {
  return localeStorage.getStore() ?? defaultLocale;
}

/** Translates `key` into the current locale, filling `{placeholders}`. A missing key shows itself, so it is caught in review and tests. */
export function t(key: string, values: Record<string, string | number> = {}, locale: Locale = currentLocale()): string {
  const text = catalogue[locale][key] ?? catalogue[defaultLocale][key];
  if (text === undefined) return `⟦${key}⟧`;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text of `key` when the catalogue has it, else `fallback` (for codes that may not have a name yet). */
export function tOr(key: string, fallback: string, values: Record<string, string | number> = {}): string {
  return key in catalogue[currentLocale()] || key in catalogue[defaultLocale] ? t(key, values) : fallback;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Formats a date for the current locale in Danish time. */
// Building an Intl.DateTimeFormat costs far more than formatting with one (it was most of the work
// queue's render time, bench/queue.ts): one formatter per locale and style, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' as const } : {}),
      timeZone: 'Europe/Copenhagen',
    });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatDateTime(value: Date, locale: Locale = currentLocale()): string {
  return formatter(locale, true).format(value);
}

export function formatDate(value: Date, locale: Locale = currentLocale()): string {
  return formatter(locale, false).format(value);
}
