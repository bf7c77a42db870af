import { currentLocale, t } from '#platform/i18n/i18n.ts';

const numberLocale = () => (currentLocale() === 'da' ? 'da-DK' : 'en-GB');

/** An amount in øre as kroner in the reader's locale ("1.234,50 kr." / "DKK 1,234.50"). */
export const formatKroner = (ore: number): string =>
  new Intl.NumberFormat(numberLocale(), { style: 'currency', currency: 'DKK' }).format(ore / 100);

/** A share in per cent with one decimal in the reader's locale, or a dash. */
export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '–'
    : `${new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 1 }).format(value)} %`;

export const formatCount = (value: number): string => new Intl.NumberFormat(numberLocale()).format(value);

export const channelName = (code: string | null | undefined): string => (code ? t(`channels.channel.${code}`) : '–');
