import { currentLocale, type Locale, t } from './i18n.ts';

const rules = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let cached = rules.get(locale);
  if (!cached) {
    cached = new Intl.PluralRules(locale === 'da' ? 'da-DK' : 'en-GB');
    rules.set(locale, cached);
  }
  return cached;
}

/**
 * A text about `count` things in its real plural form: the catalogue holds `<key>.one`, `<key>.other` (and any other
 * form the language's plural rules name); `{count}` is filled in, formatted for the reader's locale.
 */
export function tPlural(
  key: string,
  count: number,
  values: Record<string, string | number> = {},
  locale: Locale = currentLocale(),
): string {
  const form = pluralRules(locale).select(count);
  const formatted = count.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');
  const filled = { ...values, count: formatted };
  const text = t(`${key}.${form}`, filled, locale);
  return text.startsWith('⟦') ? t(`${key}.other`, filled, locale) : text;
}
