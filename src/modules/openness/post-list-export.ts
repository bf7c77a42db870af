import { t } from '#platform/i18n/i18n.ts';
import type { PublicEntry } from './public-entry.ts';

const csvCell = (value: string) => {
  // a leading =, +, - or @ would be a formula in a spreadsheet
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The list as CSV: the columns of the page, one entry a line. */
export function postListCsv(entries: readonly PublicEntry[]): string {
  const header = [
    'date',
    'caseReference',
    'caseType',
    'caseTitle',
    'documentTitle',
    'direction',
    'partyCategory',
    'partyName',
    'department',
  ];
  const lines = entries.map((entry) =>
    [
      entry.registeredAt.toISOString(),
      entry.caseReference,
      entry.caseTypeCode,
      entry.caseTitle,
      entry.documentTitle,
      entry.direction,
      entry.partyCategory,
      entry.partyName ?? '',
      entry.departmentCode,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

const xml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A department's newest entries as an Atom feed. */
export function postListAtom(
  entries: readonly PublicEntry[],
  feed: { id: string; department: string; baseUrl: string; updated: Date },
): string {
  const items = entries.map(
    (entry) => `  <entry>
    <id>urn:uuid:${entry.id}</id>
    <title>${xml(`${entry.caseReference}: ${entry.documentTitle}`)}</title>
    <updated>${entry.registeredAt.toISOString()}</updated>
    <link href="${xml(`${feed.baseUrl}/aktindsigt?entry=${entry.id}`)}"/>
    <summary>${xml(`${entry.caseTitle} (${t(`openness.direction.${entry.direction}`)}, ${t(`openness.party.${entry.partyCategory}`)})`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.id)}</id>
  <title>${xml(t('openness.feed.title', { department: feed.department }))}</title>
  <updated>${feed.updated.toISOString()}</updated>
${items.join('\n')}
</feed>
`;
}
