import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildNavigation } from '../navigation.ts';
import { registerMessages, withLocale, type Locale } from '../i18n/i18n.ts';
import { platformMessages } from '../i18n/platform.messages.ts';
import { Alert } from './alert.tsx';
import { ErrorSummary } from './form.tsx';
import { ICON_SPRITE } from './icon.tsx';
import { Page } from './layout.tsx';
import { withViewContext } from './view-context.ts';

registerMessages(platformMessages);

function render(element: () => JSX.Element, locale: Locale = 'da') {
  const context = {
    locale,
    csrfToken: 't',
    path: '/x',
    query: '',
    testEnvironment: false,
    menus: buildNavigation([]).menus,
  };
  return withLocale(locale, () => withViewContext(context, () => String(element())));
}

const used = (html: string) => [...html.matchAll(/<use href="([^"#]+)#([^"]+)"/g)].map((match) => [match[1], match[2]]);

test('back links and alerts carry the design system icons from its sprite, and every icon used is in the sprite', async () => {
  // the file the server serves under /static/dkfds/
  const sprite = await readFile(
    new URL('../../../node_modules/dkfds/dist/img/all-svg-icons.svg', import.meta.url),
    'utf8',
  );
  const page = render(() => (
    <Page title="Side" backLink={{ href: '/my', label: 'common.back' }}>
      <Alert kind="info">Til orientering</Alert>
      <Alert kind="success">Gemt</Alert>
      <Alert kind="warning">Pas på</Alert>
      <ErrorSummary errors={{ name: 'Skriv dit navn' }} />
    </Page>
  ));
  assert.match(page, /<a class="back-link" href="\/my"><svg class="icon-svg" focusable="false" aria-hidden="true">/);
  assert.deepEqual(
    used(page).map(([, name]) => name),
    ['chevron-left', 'info', 'success', 'warning', 'error'],
  );
  for (const [href, name] of used(page)) {
    assert.equal(href, ICON_SPRITE);
    assert.match(sprite, new RegExp(`<symbol id="${name}"`), name);
  }
  // the alert icons are named for screen readers, in the page's language
  assert.match(page, /class="icon-svg alert-icon" focusable="false" role="img" aria-label="Advarsel"/);
  assert.match(
    render(() => <Alert kind="error">x</Alert>, 'en'),
    /aria-label="Error"/,
  );
});

test('the language switch is in the page header', () => {
  const page = render(() => <Page title="Side" />);
  const header = /<header class="header">([\s\S]*?)<\/header>/.exec(page)?.[1] ?? '';
  assert.match(header, /class="language-switcher"/);
  assert.match(header, /hreflang="en"[^>]*>English<\/a>/);
  assert.equal(page.match(/class="language-switcher"/g)?.length, 1);
});
