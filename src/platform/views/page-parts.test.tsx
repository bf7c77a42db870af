import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNavigation } from '../navigation.ts';
import { registerMessages, withLocale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { ButtonLink } from './button-link.tsx';
import { LeadPage } from './lead-page.tsx';
import { linkColumn } from './link-column.tsx';
import { TableSection } from './table-section.tsx';
import { withViewContext } from './view-context.ts';

registerMessages(platformMessages);

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
