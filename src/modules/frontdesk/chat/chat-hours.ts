import { addDays, copenhagenClock, copenhagenDay, copenhagenInstant, isoWeekday } from '../copenhagen-clock.ts';

export interface ChatHours {
  weekday: number;
  opens: string;
  closes: string;
}

/** Whether a day is closed for the chat: a public holiday on a weekday (weekends follow their own hours). */
type IsHoliday = (day: string) => boolean;

/** Pure: whether the chat is open at an instant (Copenhagen wall-clock time, public holidays closed). */
export function chatOpenAt(hours: readonly ChatHours[], at: Date, isHoliday: IsHoliday): boolean {
  const day = copenhagenDay(at);
  if (isHoliday(day)) return false;
  const clock = copenhagenClock(at);
  return hours.some((slot) => slot.weekday === isoWeekday(day) && slot.opens <= clock && clock < slot.closes);
}

/**
 * Pure: when the chat opens next after an instant (within two weeks), or undefined when it has no hours then.
 * While it is open, the answer is the instant itself.
 */
export function nextChatOpening(hours: readonly ChatHours[], at: Date, isHoliday: IsHoliday): Date | undefined {
  if (chatOpenAt(hours, at, isHoliday)) return at;
  const today = copenhagenDay(at);
  const clock = copenhagenClock(at);
  for (let offset = 0; offset <= 14; offset++) {
    const day = addDays(today, offset);
    if (isHoliday(day)) continue;
    const opens = hours
      .filter((slot) => slot.weekday === isoWeekday(day) && (offset > 0 || slot.opens > clock))
      .map((slot) => slot.opens)
      .sort()[0];
    if (opens) return copenhagenInstant(day, opens);
  }
  return undefined;
}
