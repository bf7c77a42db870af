import { currentLocale, formatDate, t } from '#platform/i18n/i18n.ts';
import { formatKroner } from '../money.ts';
import type { Rating } from '../sla-compliance.ts';

/** A YYYY-MM-DD day in the reader's language ("7. dec. 2026" / "7 Dec 2026"). */
export const formatDay = (day: string | null | undefined): string =>
  day ? formatDate(new Date(`${day}T12:00:00Z`)) : '–';

export const kroner = (ore: number | null): string => (ore === null ? '–' : formatKroner(ore, currentLocale()));

/** A YYYY-MM month in the reader's language ("november 2026" / "November 2026"). */
export const formatMonth = (month: string): string =>
  new Intl.DateTimeFormat(currentLocale() === 'da' ? 'da-DK' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));

/** Hundredths of a per cent as a percentage with two decimals ("99,30 %"). */
export const basisPoints = (value: number): string =>
  `${new Intl.NumberFormat(currentLocale() === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 2 }).format(value / 100)} %`;

/** A code's text: `governance.<list>.<code>`. */
export const codeText = (list: string, code: string): string => t(`governance.${list}.${code}`);

const badgeClass: Record<Rating, string> = {
  green: 'badge badge-small badge-success',
  amber: 'badge badge-small badge-warning',
  red: 'badge badge-small badge-error',
};

/** Red, amber or green as a word in a badge (never colour alone). */
export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <span class={badgeClass[rating]} safe>
      {t(`governance.rating.${rating}`)}
    </span>
  );
}
