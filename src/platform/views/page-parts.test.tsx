import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNavigation } from '../navigation.ts';
import { registerMessages, withLocale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { ButtonLink } from './button-link.tsx';
import { LeadPage } from './lead-page.tsx';
import { linkColumn } from './link-column.tsx';
import { PeriodFilter } from './period-filter.tsx';
import { TableSection } from './table-section.tsx';
import { withViewContext } from './view-context.ts';

registerMessages(platformMessages);
registerMessages({
  da: { 'test.report.from': 'Fra', 'test.report.to': 'Til', 'test.report.show': 'Vis', 'test.report.csv': 'Hent CSV' },
  en: { 'test.report.from': 'From', 'test.report.to': 'To', 'test.report.show': 'Show', 'test.report.csv': 'CSV' },
});

function render(element: () => JSX.Element) {
  const context = {
    locale: 'da' as const,
    csrfToken: 't',
    path: '/x',
    query: '',
    testEnvironment: true,
    menus: buildNavigation([]).menus,
  };
  return withLocale('da', () => withViewContext(context, () => String(element())));
}

const rows = [{ id: 'a1', name: 'Anne <b>' }];

test('a table section: its heading is the hidden caption; a link column names the row with an escaped link', () => {
  const html = render(() => (
    <TableSection
      heading="Sager & frister"
      rows={rows}
      columns={[
        linkColumn<(typeof rows)[number]>(
          'Navn',
          (row) => `/x/${row.id}`,
          (row) => row.name,
        ),
      ]}
    />
  ));
  assert.match(html, /^<h2>Sager &amp; frister<\/h2>/);
  assert.match(html, /<caption class="sr-only">Sager &amp; frister<\/caption>/);
  assert.match(html, /<th scope="row"><a href="\/x\/a1">Anne &lt;b><\/a><\/th>/);
  assert.equal(
    render(() => <TableSection heading="Tom" rows={[]} columns={[]} empty="Ingen" />),
    '<h2>Tom</h2><p>Ingen</p>',
  );
});

test('a lead page opens with its title and lead, and a back link only when given; a button link is a button', () => {
  const html = render(() => (
    <LeadPage title="Tal" lead="Året i tal" back="/staff">
      <ButtonLink href="/tal.csv">Hent som CSV</ButtonLink>
    </LeadPage>
  ));
  assert.match(
    html,
    /<h1>Tal<\/h1><p class="font-lead">Året i tal<\/p><a class="button button-secondary" href="\/tal.csv">Hent som CSV<\/a>/,
  );
  assert.match(html, /<a class="back-link" href="\/staff">/);
  assert.doesNotMatch(
    render(() => <LeadPage title="Tal" lead="Året i tal" />),
    /back-link/,
  );
});

test('a period filter: error summary, the dates with their values and errors, more fields, a CSV link once given', () => {
  const values = { from: '2026-01-01', to: '2025-12-01' };
  const errors = { to: 'Slutdatoen ligger før startdatoen' };
  const html = render(() => (
    <PeriodFilter texts="test.report" action="/r" values={values} errors={errors} more={[<input name="extra" />]} />
  ));
  assert.match(html, /href="#field-to"[^>]*>Slutdatoen ligger før startdatoen<\/a>/);
  assert.match(html, /<form method="get" action="\/r"/);
  assert.match(html, /type="date"[^>]*value="2026-01-01"|value="2026-01-01"[^>]*type="date"/);
  assert.match(html, />Fra</);
  assert.match(html, />Til</);
  assert.match(html, /<input name="extra"\/?>/);
  assert.doesNotMatch(html, /Hent CSV/);
  const withCsv = render(() => (
    <PeriodFilter texts="test.report" action="/r" values={values} errors={{}} csv="/r.csv?a=1" />
  ));
  assert.match(withCsv, /<a class="button button-secondary" href="\/r.csv\?a=1">Hent CSV<\/a>/);
  assert.doesNotMatch(withCsv, /alert-error/);
});
