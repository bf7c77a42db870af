import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';
import type { NavigationItem } from '../navigation.ts';
import { audienceOf, currentMenuItem, themes, visibleMenu } from './audience.ts';
import { LanguageSwitcher, PortalUser } from './page-header.tsx';
import { Icon } from './icon.tsx';

export type { Audience, NavigationItem } from '../navigation.ts';
export { currentMenuItem };

export interface PageProps {
  title: string;
  children?: JSX.Element | JSX.Element[] | string;
  /** breadcrumb-like back link */
  backLink?: NavigationItem;
}

/** The page frame of every screen: DKFDS header with portal and solution rows, main menu, language switch, footer. */
export function Page({ title, children, backLink }: PageProps) {
  const { locale, principal, path, testEnvironment, menus } = viewContext();
  const audience = audienceOf(principal);
  const menu = visibleMenu(principal, menus[audience]);
  const current = currentMenuItem(path, menu);
  return (
    <>
      {'<!doctype html>'}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} – ${t('app.name')}`}</title>
          <link rel="stylesheet" href={themes[audience]} />
          <link rel="stylesheet" href="/static/raadhus.css" />
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <a class="skipnav" href="#main-content">
            {t('layout.skipToContent')}
          </a>
          <header class="header">
            <LanguageSwitcher />
            <div class="portal-info">
              <div class="portal-info-inner container">
                {/* the staff theme ships only a placeholder logo image: staff pages show the name instead */}
                <a href="/" class={audience === 'staff' ? 'logo logo-text' : 'logo'} aria-label={t('app.name')}>
                  <span>{t('app.name')}</span>
                </a>
                <PortalUser principal={principal} />
              </div>
            </div>
            <div class="solution-info">
              <div class="solution-info-inner container">
                <div class="solution-heading">
                  <a href={principal ? (principal.kind === 'staff' ? '/staff' : '/my') : '/'}>{t('app.solution')}</a>
                </div>
                <div class="additional-info">
                  <p>
                    <strong class="authority-name">{t('app.municipality')}</strong>
                  </p>
                </div>
              </div>
            </div>
            <div class="navigation-menu">
              <div class="navigation-menu-inner container">
                <nav class="nav" aria-label={t('layout.mainMenu')}>
                  <ul class="mainmenu">
                    {menu.map((item) => (
                      <li class={item.href === current ? 'active current' : undefined}>
                        <a href={item.href} class="nav-link" aria-current={item.href === current ? 'page' : undefined}>
                          <span>{t(item.label)}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
            </div>
          </header>
          {testEnvironment ? (
            <div class="container">
              <p class="test-environment-banner">{t('layout.testData')}</p>
            </div>
          ) : (
            ''
          )}
          <main class="container page-container" id="main-content">
            {backLink ? (
              <a class="back-link" href={backLink.href}>
                <Icon name="chevron-left" />
                {t(backLink.label)}
              </a>
            ) : (
              ''
            )}
            {children}
          </main>
          <footer>
            <div class="footer">
              <div class="container">
                <ul class="footer-links unstyled-list">
                  <li>
                    <a href="/about/accessibility">{t('layout.footer.accessibility')}</a>
                  </li>
                  <li>
                    <a href="/about/privacy">{t('layout.footer.privacy')}</a>
                  </li>
                  <li>
                    <a href="/api/docs">{t('layout.footer.api')}</a>
                  </li>
                </ul>
              </div>
            </div>
          </footer>
          <script src="/static/dkfds/js/dkfds.min.js" defer></script>
          <script src="/static/raadhus.js" defer></script>
        </body>
      </html>
    </>
  );
}
