/**
 * Amounts in Danish kroner as staff type them: `1.250.000`, `1250000`, `1.250.000,50` or `87,5`. Thousands are
 * separated by points and decimals by a comma; a comma before three digits (`1,250`) or an English `1,250.00` is
 * refused rather than guessed, because guessing wrong by a factor of a thousand is worse than asking again.
 */
const danishAmount = /^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/;

export type AmountReading = { ok: true; ore: number } | { ok: false; problem: 'format' | 'negative' };

export function readKroner(text: string): AmountReading {
  const trimmed = text.trim().replace(/\s*kr\.?$/i, '');
  if (/^-/.test(trimmed) && danishAmount.test(trimmed.slice(1))) return { ok: false, problem: 'negative' };
  if (!danishAmount.test(trimmed)) return { ok: false, problem: 'format' };
  const [whole, decimals = ''] = trimmed.replaceAll('.', '').split(',');
  const ore = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? { ok: true, ore } : { ok: false, problem: 'format' };
}

const kronerFormat = (locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK', { style: 'currency', currency: 'DKK' });

/** Øre as kroner in the reader's language: `1.250.000,00 kr.` / `DKK 1,250,000.00`. */
export const formatKroner = (ore: number, locale: string): string => kronerFormat(locale).format(ore / 100);
