import { buildNavigation } from '../navigation.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpProblem } from '../http/problem.ts';
import { registerMessages, withLocale, type Locale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { Chart } from './chart.tsx';
import { DataTable } from './data-table.tsx';
import { attemptForm, formErrorsOf } from './form-problems.ts';
import { RowAction } from './row-action.tsx';
import { SummaryList } from './summary-list.tsx';
import { withViewContext } from './view-context.ts';

registerMessages(platformMessages);
registerMessages({
  da: { 'test.field': 'Feltet {name} mangler' },
  en: { 'test.field': 'The field {name} is missing' },
});

/** Renders a component as a page would: in a language, for a request path and query. */
function render(element: () => JSX.Element, { locale = 'da', query = '' }: { locale?: Locale; query?: string } = {}) {
  const menus = buildNavigation([]).menus;
  const context = { locale, csrfToken: 'token-1', path: '/list', query, testEnvironment: true, menus };
  return withLocale(locale, () => withViewContext(context, () => String(element())));
}

const rows = [
  { name: 'Anne <b>', count: 3 },
  { name: 'Bo', count: 12 },
];
const columns = [
  { header: 'Navn', rowHeader: true, sortKey: 'name', text: (row: (typeof rows)[number]) => row.name },
  {
    header: 'Antal',
    numeric: true,
    sortKey: 'count',
    firstDirection: 'desc' as const,
    text: (row: (typeof rows)[number]) => row.count,
  },
];

test('a data table has its caption, column headers, row headers, and escapes plain text', () => {
  const html = render(() => <DataTable caption="Personer" rows={rows} columns={columns} />);
  assert.match(html, /<caption>Personer<\/caption>/);
  assert.match(html, /<th scope="row">Anne &lt;b><\/th>/);
  assert.match(html, /<td class="align-text-right">12<\/td>/);
  assert.doesNotMatch(html, /<b>/);
});

test('sortable columns link to ?sort=…&dir=…, keep the filters, drop the page, and mark the current sort', () => {
  const html = render(
    () => <DataTable caption="Personer" rows={rows} columns={columns} sort={{ key: 'name', direction: 'asc' }} />,
    {
      query: 'status=open&page=3&sort=name&dir=asc',
    },
  );
  assert.match(
    html,
    /<th scope="col" aria-sort="ascending"><a class="button button-unstyled" href="\/list\?status=open&sort=name&dir=desc">/,
  );
  assert.match(html, /sortér faldende/);
  // a column not sorted now sorts first in its own first direction, and has no aria-sort
  assert.match(
    html,
    /<th scope="col" class="align-text-right"><a class="button button-unstyled" href="\/list\?status=open&sort=count&dir=desc">/,
  );
  assert.equal(html.match(/aria-sort/g)?.length, 1);
  const english = render(
    () => <DataTable caption="People" rows={rows} columns={columns} sort={{ key: 'count', direction: 'desc' }} />,
    { locale: 'en' },
  );
  assert.match(english, /aria-sort="descending"/);
  assert.match(english, /sort ascending/);
});

test('an empty list shows its empty text instead of a table; row actions get a column of their own', () => {
  assert.equal(
    render(() => <DataTable caption="Personer" rows={[]} columns={columns} empty="Ingen personer." />),
    '<p>Ingen personer.</p>',
  );
  const html = render(() => (
    <DataTable
      caption="Personer"
      rows={rows}
      columns={columns}
      actions={(row) => <RowAction action="/delete" label="Slet" subject={row.name} />}
    />
  ));
  assert.match(html, /<th scope="col">Handlinger<\/th>/);
  assert.equal(html.match(/<form method="post" action="\/delete">/g)?.length, 2);
});

test('a row action is a form with the CSRF field, its hidden fields and a button naming the row', () => {
  const html = render(() => (
    <RowAction action="/cases/1/assign" label="Tildel mig" subject="SAG-<1>" fields={{ version: '4' }} small />
  ));
  assert.match(html, /<input type="hidden" name="_csrf" value="token-1"\/?>/);
  assert.match(html, /<input type="hidden" name="version" value="4"\/?>/);
  assert.match(
    html,
    /class="button button-secondary button-small"><span>Tildel mig<\/span><span class="sr-only"> SAG-&lt;1><\/span>/,
  );
});

test('a summary list is a DKFDS structured list and leaves out facts without a value', () => {
  const html = render(() => (
    <SummaryList
      items={[
        { label: 'Sagsnummer', text: 'S-1' },
        { label: 'Frist', text: undefined },
        false,
        { label: 'Status', value: <strong>Åben</strong> },
      ]}
    />
  ));
  assert.match(html, /<table class="table structured-list">/);
  assert.match(html, /<th scope="row">Sagsnummer<\/th><td>S-1<\/td>/);
  assert.doesNotMatch(html, /Frist/);
  assert.match(html, /<td><strong>Åben<\/strong><\/td>/);
});

test('a chart is an SVG drawn on the server with the same figures in a table; nothing when every figure is zero', () => {
  const data = {
    title: 'Brug',
    categoryLabel: 'Løsning',
    categories: ['Boligstøtte', 'Parkering'],
    series: [
      { name: 'Startet', values: [4, 0] },
      { name: 'Indsendt', values: [2, 0] },
    ],
  };
  const html = render(() => <Chart data={data} />);
  assert.match(html, /<div role="img" aria-label="Brug"><svg/);
  assert.match(html, /<summary class="details-summary">Vis tallene som tabel<\/summary>/);
  assert.match(html, /<th scope="row">Parkering<\/th><td class="align-text-right">0<\/td>/);
  assert.equal(
    render(() => <Chart data={{ ...data, series: [{ name: 'Startet', values: [0, 0] }] }} />),
    '',
  );
});

test('a form problem becomes field errors in the user language; any other error goes on to the error page', async () => {
  const refused = new HttpProblem(400, 'test.field', { name: 'x' }, [
    { field: 'startsAt', message: 'test.field' },
    { field: 'place', message: 'Already translated.' },
  ]);
  withLocale('en', () =>
    assert.deepEqual(formErrorsOf(refused, { rename: { startsAt: 'date' } }), {
      date: 'The field x is missing',
      place: 'Already translated.',
    }),
  );
  withLocale('da', () =>
    assert.deepEqual(
      formErrorsOf(new HttpProblem(404, 'test.field', { name: 'cpr' }), { statuses: [404], field: 'cpr' }),
      { cpr: 'Feltet cpr mangler' },
    ),
  );
  assert.throws(() => formErrorsOf(new HttpProblem(409, 'test.field')), HttpProblem);
  assert.throws(() => formErrorsOf(new Error('boom')), /boom/);
  assert.deepEqual(await attemptForm(async () => 7), { ok: true, value: 7 });
  const outcome = await withLocale('da', () =>
    attemptForm(async () => {
      throw new HttpProblem(400, 'test.field', { name: 'y' });
    }),
  );
  assert.equal(outcome.ok, false);
  assert.deepEqual(!outcome.ok && outcome.errors, { form: 'Feltet y mangler' });
});
