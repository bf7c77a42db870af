import { copenhagenClock, copenhagenDay, copenhagenInstant } from './copenhagen-clock.ts';

/**
 * A slot in a form: its Copenhagen day and time as `YYYY-MM-DDTHHMM` (no colon, so it is a plain id too).
 * Undefined when the text is not a real day and time.
 */
export function slotInstant(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3])([0-5]\d)$/.exec(value);
  if (!match) return undefined;
  const instant = copenhagenInstant(match[1], `${match[2]}:${match[3]}`);
  return Number.isNaN(instant.getTime()) || copenhagenDay(instant) !== match[1] ? undefined : instant;
}

export const slotValue = (at: Date): string => `${copenhagenDay(at)}T${copenhagenClock(at).replace(':', '')}`;
