import type { FieldProblem } from '#platform/http/problem.ts';
import { type ChannelCode, type InquiryType, inquiryTypes, isChannel } from './channel-codes.ts';

/** A new purpose as an administrator types it. */
export interface PurposeInput {
  code: string;
  nameDa: string;
  nameEn: string;
  kle: string;
  departmentCode: string;
  inquiryType: string;
  caseTypeCode: string;
  solutionCode: string;
  desiredChannel: string;
}

const codePattern = /^[a-z0-9][a-z0-9-]{1,49}$/;

/** Pure: the problems of a new purpose, by field; `taken` are the codes in use. */
export function purposeProblems(input: PurposeInput, taken: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!codePattern.test(input.code)) problems.push({ field: 'code', key: 'channels.newPurpose.codeInvalid' });
  else if (taken.has(input.code)) problems.push({ field: 'code', key: 'channels.newPurpose.codeTaken' });
  for (const field of ['nameDa', 'nameEn'] as const)
    if (!input[field].trim() || input[field].length > 100)
      problems.push({ field, key: 'channels.newPurpose.nameRequired' });
  if (input.kle && !/^\d{2}\.\d{2}(\.\d{2})?$/.test(input.kle))
    problems.push({ field: 'kle', key: 'channels.newPurpose.kleInvalid' });
  if (!codePattern.test(input.departmentCode))
    problems.push({ field: 'departmentCode', key: 'channels.newPurpose.departmentInvalid' });
  if (!(inquiryTypes as readonly string[]).includes(input.inquiryType))
    problems.push({ field: 'inquiryType', key: 'channels.newPurpose.typeInvalid' });
  for (const field of ['caseTypeCode', 'solutionCode'] as const)
    if (input[field] && !codePattern.test(input[field]))
      problems.push({ field, key: 'channels.newPurpose.codeInvalid' });
  if (!isChannel(input.desiredChannel))
    problems.push({ field: 'desiredChannel', key: 'channels.register.channelInvalid' });
  return problems;
}

/** The stored row of a checked purpose. */
export const purposeRow = (input: PurposeInput) => ({
  code: input.code,
  name_da: input.nameDa.trim(),
  name_en: input.nameEn.trim(),
  kle: input.kle || null,
  department_code: input.departmentCode,
  inquiry_type: input.inquiryType as InquiryType,
  case_type_code: input.caseTypeCode || null,
  solution_code: input.solutionCode || null,
});

export const desiredOf = (input: PurposeInput) => input.desiredChannel as ChannelCode;
