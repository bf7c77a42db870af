import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';
import type { Principal } from '../auth/principal.ts';

// The parts of the page header: who is signed in (with log-in or log-out) and the language switch.

export function PortalUser({ principal }: { principal?: Principal }) {
  const { csrfToken } = viewContext();
  if (!principal) {
    return (
      <div class="portal-user">
        <a class="button button-secondary" href="/auth/login">
          {t('layout.login')}
        </a>
      </div>
    );
  }
  // a staff member whose last role an administrator removed has none to show (the name stands alone)
  const role = principal.roles[0];
  const detail =
    principal.kind === 'business'
      ? `${principal.representativeName ?? ''} · CVR ${principal.cvr}`
      : role
        ? t(`role.${role}`)
        : undefined;
  return (
    <div class="portal-user">
      <p class="user">
        <span safe>{principal.name}</span>
        {detail ? (
          <>
            , <span safe>{detail}</span>
          </>
        ) : (
          ''
        )}
      </p>
      <form method="post" action="/auth/logout" class="d-inline">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button type="submit" class="button button-secondary log-off">
          {t('layout.logout')}
        </button>
      </form>
    </div>
  );
}

export function LanguageSwitcher() {
  const { locale, path, query } = viewContext();
  const params = new URLSearchParams(query);
  const link = (code: 'da' | 'en') => {
    params.set('lang', code);
    return `${path}?${params.toString()}`;
  };
  return (
    <div class="language-switcher">
      <div class="container">
        <ul aria-label={t('layout.chooseLanguage')}>
          <li>
            <a href={link('da')} lang="da" hreflang="da" aria-current={locale === 'da' ? 'true' : undefined}>
              Dansk
            </a>
          </li>
          <li>
            <a href={link('en')} lang="en" hreflang="en" aria-current={locale === 'en' ? 'true' : undefined}>
              English
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
