/** The columns of a telephony file, each with the header names accepted for it (English and Danish). */
export const telephonyColumns = {
  day: ['date', 'day', 'dato'],
  queue: ['queue', 'kø', 'ko'],
  offered: ['offered', 'calls_offered', 'tilbudte', 'opkald'],
  answered: ['answered', 'besvarede'],
  answeredWithin: ['answered_within', 'besvaret_inden'],
  thresholdSeconds: ['threshold_seconds', 'servicemål_sekunder', 'grænse_sekunder'],
  abandoned: ['abandoned', 'opgivne', 'afbrudte'],
  averageWaitSeconds: ['average_wait_seconds', 'gns_ventetid', 'gennemsnitlig_ventetid'],
} as const;
export type TelephonyColumn = keyof typeof telephonyColumns;
export const columnNames = Object.keys(telephonyColumns) as TelephonyColumn[];

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Pure: which column each header is, and the problems: unknown headers and columns that are missing. */
export function mapHeaders(headers: readonly string[]): {
  index: Partial<Record<TelephonyColumn, number>>;
  unknown: string[];
  missing: TelephonyColumn[];
} {
  const index: Partial<Record<TelephonyColumn, number>> = {};
  const unknown: string[] = [];
  headers.forEach((header, position) => {
    const column = columnNames.find((name) =>
      (telephonyColumns[name] as readonly string[]).includes(normalise(header)),
    );
    if (column && index[column] === undefined) index[column] = position;
    else unknown.push(header.trim());
  });
  return { index, unknown, missing: columnNames.filter((name) => index[name] === undefined) };
}
