import { t } from '#platform/i18n/i18n.ts';
import { tPlural } from '#platform/i18n/plural.ts';
import type { BlockedReasonView } from './cases.types.ts';

/** A guard's reason in the reader's language: a reason with a count uses the catalogue's plural forms. */
export function guardText(reason: BlockedReasonView, values: Record<string, string | number> = reason.values): string {
  return typeof values.count === 'number' ? tPlural(reason.key, values.count, values) : t(reason.key, values);
}
