import type { FieldProblem } from '#platform/http/problem.ts';
import { addCalendarDays, danishPublicHolidays } from '#platform/time/working-days.ts';
import { type ChannelCode, isChannel } from '../channel-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';

/**
 * Opening hours per place (a desk location, the phone line, the chat): weekly slots in versions from a valid-from
 * day (several slots a day), closed on the days the municipality is closed (public holidays and the days the
 * collective agreements close it) and on closures (a date range with a reason). Pure.
 */
export type Slot = { opens: string; closes: string };
/** Monday (1) to Sunday (7): the slots of each weekday */
export type Week = Record<number, Slot[]>;

export interface HoursVersion {
  placeCode: string;
  name: { da: string; en: string };
  channel: ChannelCode;
  validFrom: string;
  week: Week;
}

export interface Closure {
  id: string;
  placeCode: string;
  from: string;
  to: string;
  reason: { da: string; en: string };
}

export type DayHours =
  | { day: string; open: true; slots: Slot[] }
  | { day: string; open: false; why: 'weekly' | 'holiday' | 'closure'; reason?: { da: string; en: string } };

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** 1 (Monday) to 7 (Sunday) of a day. */
export const weekdayOf = (day: string): number => {
  const sunday0 = new Date(`${day}T12:00:00Z`).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
};

const time = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;
const normal = (text: string) => text.replace('.', ':');

/**
 * A weekday's slots as typed: "08:00-12:00, 13:00-15:30" (or with dots, en dashes, semicolons); empty is closed.
 * Returns the slots in order, or the key of the first problem.
 */
export function parseSlots(text: string): { slots: Slot[] } | { problem: string } {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const slots: Slot[] = [];
  for (const part of parts) {
    const [opens, closes, ...rest] = part.split(/\s*[-–]\s*/);
    if (rest.length || !opens || !closes || !time.test(opens) || !time.test(closes))
      return { problem: 'channels.hours.slotFormat' };
    const slot = { opens: normal(opens), closes: normal(closes) };
    if (slot.closes <= slot.opens) return { problem: 'channels.hours.slotOrder' };
    slots.push(slot);
  }
  slots.sort((a, b) => a.opens.localeCompare(b.opens));
  for (let index = 1; index < slots.length; index++)
    if (slots[index].opens < slots[index - 1].closes) return { problem: 'channels.hours.slotOverlap' };
  return { slots };
}

/** The weekly hours as the form shows them: "08:00-12:00, 13:00-15:30". */
export const slotsText = (slots: readonly Slot[] = []): string =>
  slots.map((slot) => `${slot.opens}-${slot.closes}`).join(', ');

/** A version as typed in the administrator's form: every field a string, `day1`…`day7` the weekdays' slots. */
export type HoursForm = Record<string, string>;

const problem = (field: string, key: string): FieldProblem => ({ field, key });
const code = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The version of a form, or its problems by field; `latest` is the place's latest version's valid-from day. */
export function hoursVersion(
  form: HoursForm,
  today: string,
  latest: string | undefined,
): { version: HoursVersion } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!code.test(form.placeCode ?? '')) problems.push(problem('placeCode', 'channels.hours.placeCodeInvalid'));
  if (!form.nameDa) problems.push(problem('nameDa', 'channels.hours.nameRequired'));
  if (!form.nameEn) problems.push(problem('nameEn', 'channels.hours.nameRequired'));
  if (!isChannel(form.channel ?? '')) problems.push(problem('channel', 'channels.register.channelInvalid'));
  if (!isDay(form.validFrom ?? '')) problems.push(problem('validFrom', 'channels.hours.dateInvalid'));
  else if (form.validFrom < today) problems.push(problem('validFrom', 'channels.hours.validFromPast'));
  else if (latest && form.validFrom <= latest)
    problems.push({ field: 'validFrom', key: 'channels.hours.validFromAfterLatest', values: { day: latest } });
  const week: Week = {};
  for (const weekday of weekdays) {
    const parsed = parseSlots(form[`day${weekday}`] ?? '');
    if ('problem' in parsed) problems.push(problem(`day${weekday}`, parsed.problem));
    else week[weekday] = parsed.slots;
  }
  if (problems.length) return { problems };
  const name = { da: form.nameDa, en: form.nameEn };
  return {
    version: { placeCode: form.placeCode, name, channel: form.channel as ChannelCode, validFrom: form.validFrom, week },
  };
}

/** A closure's problems by field; `existing` are the place's closures (one may not overlap another). */
export function closureProblems(
  closure: Omit<Closure, 'id'>,
  today: string,
  existing: readonly Closure[],
  places: ReadonlySet<string>,
): FieldProblem[] {
  if (!places.has(closure.placeCode)) return [problem('placeCode', 'channels.hours.placeUnknown')];
  if (!isDay(closure.from)) return [problem('from', 'channels.hours.dateInvalid')];
  if (!isDay(closure.to)) return [problem('to', 'channels.hours.dateInvalid')];
  if (closure.to < closure.from) return [problem('to', 'channels.hours.toBeforeFrom')];
  if (closure.to < today) return [problem('to', 'channels.hours.closurePast')];
  if (!closure.reason.da || !closure.reason.en)
    return [problem(closure.reason.da ? 'reasonEn' : 'reasonDa', 'channels.hours.reasonRequired')];
  const clash = existing.find((other) => other.from <= closure.to && closure.from <= other.to);
  return clash
    ? [{ field: 'from', key: 'channels.hours.closureOverlap', values: { from: clash.from, to: clash.to } }]
    : [];
}

/** The version of a place in force on a day (the latest from on or before it). */
export const versionOn = (versions: readonly HoursVersion[], day: string): HoursVersion | undefined =>
  versions.filter((version) => version.validFrom <= day).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];

/** A place's hours on each of `days` days from `from`: a closure, then a holiday, then the weekly slots. */
export function hoursFrom(
  versions: readonly HoursVersion[],
  closures: readonly Closure[],
  from: string,
  days: number,
): DayHours[] {
  const result: DayHours[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = addCalendarDays(from, offset);
    const closure = closures.find((candidate) => candidate.from <= day && day <= candidate.to);
    const slots = versionOn(versions, day)?.week[weekdayOf(day)] ?? [];
    const holiday = danishPublicHolidays(Number(day.slice(0, 4))).find((candidate) => candidate.date === day);
    if (closure) result.push({ day, open: false, why: 'closure', reason: closure.reason });
    else if (holiday) result.push({ day, open: false, why: 'holiday', reason: holiday.name });
    else if (slots.length) result.push({ day, open: true, slots });
    else result.push({ day, open: false, why: 'weekly' });
  }
  return result;
}
