import { currentLocale } from '#platform/i18n/i18n.ts';
import { type ChannelCode, digitalChannels, type InquiryType } from './channel-codes.ts';
import type { PurposeRow } from './repository/purpose.repository.ts';
import type { StrategyVersion } from './strategy-version.ts';

/** An inquiry purpose as pages and services see it, with the strategy version in force today. */
export interface Purpose {
  code: string;
  name: { da: string; en: string };
  kle: string | null;
  departmentCode: string;
  inquiryType: InquiryType;
  caseTypeCode: string | null;
  solutionCode: string | null;
  /** the self-service solution it leads to, when there is one */
  selfserviceHref: string | null;
  current?: StrategyVersion;
  offered: ChannelCode[];
}

export const toPurpose = (row: PurposeRow, current: StrategyVersion | undefined): Purpose => ({
  code: row.code,
  name: { da: row.name_da, en: row.name_en },
  kle: row.kle,
  departmentCode: row.department_code,
  inquiryType: row.inquiry_type as InquiryType,
  caseTypeCode: row.case_type_code,
  solutionCode: row.solution_code,
  selfserviceHref: row.solution_code ? `/selfservice/solutions/${row.solution_code}` : null,
  current,
  offered: current?.channels.filter((row) => row.offered).map((row) => row.channel) ?? [],
});

export const purposeName = (purpose: Pick<Purpose, 'name'>): string => purpose.name[currentLocale()];

/** Purposes whose name, code or KLE number contains every word of the search (case-insensitive). */
export function searchPurposes<P extends Purpose>(purposes: readonly P[], query: string): P[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...purposes];
  return purposes.filter((purpose) => {
    const haystack = [purpose.name.da, purpose.name.en, purpose.code, purpose.kle ?? '']
      .join(' ')
      .toLocaleLowerCase('da');
    return words.every((word) => haystack.includes(word));
  });
}

/** After a registration: the self-service link to give the citizen, when the purpose's desired channel is digital. */
export function digitalNudge(purpose: Purpose | undefined): { name: string; href: string } | undefined {
  const desired = purpose?.current?.desiredChannel;
  if (!purpose?.selfserviceHref || !desired || !digitalChannels.includes(desired)) return undefined;
  return { name: purposeName(purpose), href: purpose.selfserviceHref };
}
