import type { FieldProblem } from '#platform/http/problem.ts';
import { channelCodes } from '../channel-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { type Metric, metrics, type ServiceKind, serviceKinds, type TargetChannel } from './service-target.ts';

/** A target as typed in the administrator's form: every field a string. */
export interface TargetForm {
  metric: string;
  serviceKind: string;
  serviceCode: string;
  channel: string;
  withinDays: string;
  targetPercent: string;
  noticeDays: string;
  validFrom: string;
  validTo: string;
  decidedBy: string;
  decisionReference: string;
}

export interface TargetInput {
  metric: Metric;
  serviceKind: ServiceKind;
  serviceCode: string;
  channel: TargetChannel;
  withinDays: number | null;
  targetPercent: number;
  noticeDays: number | null;
  validFrom: string;
  validTo: string | null;
  decidedBy: string;
  decisionReference: string;
}

export const targetFormFields = [
  'metric',
  'serviceKind',
  'serviceCode',
  'channel',
  'withinDays',
  'targetPercent',
  'noticeDays',
  'validFrom',
  'validTo',
  'decidedBy',
  'decisionReference',
] as const satisfies ReadonlyArray<keyof TargetForm>;

/** The form's fields from a posted body (unknown fields ignored, every value trimmed text). */
export function readTargetForm(body: Record<string, unknown>): TargetForm {
  const value = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, 300) : '');
  return Object.fromEntries(targetFormFields.map((name) => [name, value(name)])) as unknown as TargetForm;
}

const whole = (text: string, low: number, high: number): number | undefined =>
  /^\d{1,4}$/.test(text) && Number(text) >= low && Number(text) <= high ? Number(text) : undefined;

const problem = (field: string, key: string): FieldProblem => ({ field, key: `channels.serviceLevels.${key}` });

/** The problems of the typed values by field; `known(kind, code)` says whether a purpose or case type exists. */
export function targetProblems(form: TargetForm, today: string, known: (code: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(metrics as readonly string[]).includes(form.metric)) problems.push(problem('metric', 'metricRequired'));
  if (!(serviceKinds as readonly string[]).includes(form.serviceKind))
    problems.push(problem('serviceKind', 'serviceKindRequired'));
  else if (form.serviceKind !== 'all' && !known(form.serviceCode))
    problems.push(problem('serviceCode', 'serviceUnknown'));
  if (form.channel !== 'any' && !(channelCodes as readonly string[]).includes(form.channel))
    problems.push(problem('channel', 'channelRequired'));
  if (form.metric === 'written-answer' && whole(form.withinDays, 1, 365) === undefined)
    problems.push(problem('withinDays', 'withinDaysInvalid'));
  if (form.metric === 'case-decided' && form.withinDays) problems.push(problem('withinDays', 'withinDaysPublished'));
  if (whole(form.targetPercent, 1, 100) === undefined) problems.push(problem('targetPercent', 'percentInvalid'));
  if (form.noticeDays && (form.metric !== 'case-decided' || whole(form.noticeDays, 1, 60) === undefined))
    problems.push(problem('noticeDays', 'noticeDaysInvalid'));
  problems.push(...periodProblems(form, today));
  if (!form.decidedBy) problems.push(problem('decidedBy', 'decidedByRequired'));
  if (!form.decisionReference) problems.push(problem('decisionReference', 'decisionRequired'));
  return problems;
}

function periodProblems(form: TargetForm, today: string): FieldProblem[] {
  if (!isDay(form.validFrom)) return [problem('validFrom', 'dateInvalid')];
  // a day already measured keeps the target it was measured against
  if (form.validFrom < today) return [problem('validFrom', 'validFromPast')];
  if (form.validTo && !isDay(form.validTo)) return [problem('validTo', 'dateInvalid')];
  if (form.validTo && form.validTo < form.validFrom) return [problem('validTo', 'validToBeforeFrom')];
  return [];
}

/** The input of a form without problems. */
export function targetInput(form: TargetForm): TargetInput {
  return {
    metric: form.metric as Metric,
    serviceKind: form.serviceKind as ServiceKind,
    serviceCode: form.serviceKind === 'all' ? '' : form.serviceCode,
    channel: form.channel as TargetChannel,
    withinDays: form.metric === 'written-answer' ? Number(form.withinDays) : null,
    targetPercent: Number(form.targetPercent),
    noticeDays: form.noticeDays ? Number(form.noticeDays) : null,
    validFrom: form.validFrom,
    validTo: form.validTo || null,
    decidedBy: form.decidedBy,
    decisionReference: form.decisionReference,
  };
}
