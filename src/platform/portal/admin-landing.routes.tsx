import type { FastifyInstance } from 'fastify';
import { t } from '../i18n/i18n.ts';
import { can } from '../auth/permissions.ts';
import { Page } from '../views/layout.tsx';
import type { PortalLink } from '../navigation.ts';
import { LinkCards } from './link-cards.tsx';

/** `/admin`: the administration pages the staff member may open, each with what it is for. */
export function registerAdminLanding(app: FastifyInstance, staffLinks: readonly PortalLink[]): void {
  const administration = staffLinks.filter((link) => link.href.startsWith('/admin/'));
  app.get('/admin', { config: { permission: 'staff:home' } }, async (request, reply) => {
    const principal = request.principal!;
    const visible = administration.filter((link) => !link.permission || can(principal, link.permission));
    return reply.page(() => (
      <Page title={t('admin.title')} backLink={{ href: '/staff', label: 'common.back' }}>
        <h1>{t('admin.title')}</h1>
        <p class="font-lead">{t('admin.lead')}</p>
        {visible.length ? (
          <LinkCards links={visible} badges={visible.map(() => undefined)} />
        ) : (
          <p>{t('admin.none')}</p>
        )}
      </Page>
    ));
  });
}
