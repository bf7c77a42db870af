import type { ChannelCode, InquiryType } from '../channel-codes.ts';
import { komhenChannel, komhenClosure, komhenType } from './komhen-categories.ts';

/** The register's contacts of a period, grouped as KOMHEN needs them. */
export interface KomhenGroup {
  channel: ChannelCode;
  purposeCode: string | null;
  outcome: string;
  resolvedFirstContact: boolean | null;
  failureDemand: boolean;
  count: number;
}

export interface KomhenPurpose {
  kle: string | null;
  inquiryType: InquiryType;
}

export interface KomhenLine {
  channel: string;
  kle: string;
  type: string;
  closure: string;
  count: number;
}

/** Pure: channel × KLE task × inquiry type × how it was closed, summed and sorted. */
export function komhenLines(
  groups: readonly KomhenGroup[],
  purposes: ReadonlyMap<string, KomhenPurpose>,
): KomhenLine[] {
  const sums = new Map<string, KomhenLine>();
  for (const group of groups) {
    const purpose = group.purposeCode ? purposes.get(group.purposeCode) : undefined;
    const line = {
      channel: komhenChannel[group.channel] ?? group.channel,
      kle: purpose?.kle ?? '',
      type: komhenType(purpose?.inquiryType ?? null, group.failureDemand),
      closure: komhenClosure(group.outcome, group.resolvedFirstContact),
    };
    const key = [line.channel, line.kle, line.type, line.closure].join('|');
    const sum = sums.get(key);
    sums.set(key, { ...line, count: (sum?.count ?? 0) + group.count });
  }
  return [...sums.values()].sort(
    (a, b) => a.channel.localeCompare(b.channel) || a.kle.localeCompare(b.kle) || a.type.localeCompare(b.type),
  );
}

const cell = (value: string | number) =>
  typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`;

/** The lines as CSV with the period on every line (so weeks can be appended and compared). */
export function komhenCsv(period: { from: string; to: string }, lines: readonly KomhenLine[]): string {
  const header = 'from,to,komhen_channel,kle,inquiry_type,closed,count';
  const body = lines.map((line) =>
    [period.from, period.to, line.channel, line.kle, line.type, line.closure, line.count].map(cell).join(','),
  );
  return `${[header, ...body].join('\n')}\n`;
}
