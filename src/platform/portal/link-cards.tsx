import { t } from '../i18n/i18n.ts';
import type { PortalLink } from '../navigation.ts';

/** Start-page links as cards: a heading link, a count badge when given, and what the page is for. */
export function LinkCards({ links, badges }: { links: readonly PortalLink[]; badges: Array<number | undefined> }) {
  return (
    <div class="card-grid">
      {links.map((link, index) => (
        <section>
          <h3 class="h4">
            <a href={link.href}>{t(link.label)}</a>
            {badges[index] ? (
              <span class="badge badge-small ml-2" safe>
                {link.badgeLabel ? t(link.badgeLabel, { count: badges[index] }) : String(badges[index])}
              </span>
            ) : (
              ''
            )}
          </h3>
          {link.description ? <p>{t(link.description)}</p> : ''}
        </section>
      ))}
    </div>
  );
}
