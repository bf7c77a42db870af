import type { FastifyInstance } from 'fastify';
import { t } from '../i18n/i18n.ts';
import { can } from '../auth/permissions.ts';
import { Page } from '../views/layout.tsx';
import type { Navigation } from '../navigation.ts';
import { LinkCards } from './link-cards.tsx';
import { registerAdminLanding } from './admin-landing.routes.tsx';

/** The start page, "my page" for citizens and businesses, the staff start page and the about pages. */
export function registerPortalRoutes(app: FastifyInstance, navigation: Navigation): void {
  const { myPage: myPageLinks, staff: staffLinks } = navigation;
  registerAdminLanding(app, staffLinks);
  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    if (request.principal) return reply.redirect(request.principal.kind === 'staff' ? '/staff' : '/my');
    return reply.page(() => <HomePage />);
  });

  app.get('/my', { config: { permission: 'self:home' } }, async (request, reply) => {
    const principal = request.principal!;
    // a link the person may not follow is not shown (a business representative books no appointments)
    const visible = myPageLinks.filter((link) => !link.permission || can(principal, link.permission));
    const badges = await Promise.all(visible.map((link) => link.badge?.(principal.id)));
    return reply.page(() => (
      <Page title={t('my.title')}>
        <h1>{t('my.title')}</h1>
        <p class="font-lead" safe>
          {principal.kind === 'business'
            ? t('my.business.welcome', { name: principal.name, cvr: principal.cvr ?? '' })
            : t('my.welcome', { name: principal.name })}
        </p>
        <p>{t('my.assurance', { level: t(`assurance.${principal.assurance ?? 'low'}`) })}</p>
        <h2>{t('my.services')}</h2>
        {visible.length ? <LinkCards links={visible} badges={badges} /> : <p>{t('my.empty')}</p>}
      </Page>
    ));
  });

  app.get('/staff', { config: { permission: 'staff:home' } }, async (request, reply) => {
    const principal = request.principal!;
    const visible = staffLinks.filter((link) => !link.permission || can(principal, link.permission));
    const badges = await Promise.all(visible.map((link) => link.badge?.(principal.id)));
    return reply.page(() => (
      <Page title={t('staff.title')}>
        <h1>{t('staff.welcome', { name: principal.name })}</h1>
        <p>{t('staff.roles', { roles: principal.roles.map((role) => t(`role.${role}`)).join(', ') })}</p>
        <h2>{t('staff.today')}</h2>
        <>
          {principal.roles.map((role) => (
            <p>{t(`staff.today.${role}`)}</p>
          ))}
        </>
        <h2>{t('staff.modules')}</h2>
        <LinkCards links={visible} badges={badges} />
      </Page>
    ));
  });

  // Browsers ask for /favicon.ico whatever the page links: send them to the one icon there is.
  app.get('/favicon.ico', { config: { access: 'public' } }, async (_request, reply) =>
    reply.redirect('/static/favicon.svg', 301),
  );

  for (const page of ['accessibility', 'privacy'] as const) {
    app.get(`/about/${page}`, { config: { access: 'public' } }, async (_request, reply) =>
      reply.page(() => (
        <Page title={t(`about.${page}.title`)}>
          <h1>{t(`about.${page}.title`)}</h1>
          <p>{t(`about.${page}.text`)}</p>
        </Page>
      )),
    );
  }
}

function HomePage() {
  return (
    <Page title={t('nav.home')}>
      <h1>{t('home.title')}</h1>
      <p class="font-lead">{t('home.lead')}</p>
      <div class="card-grid">
        {(['citizen', 'business', 'staff'] as const).map((audience) => (
          <section>
            <h2 class="h3">{t(`home.${audience}.title`)}</h2>
            <p>{t(`home.${audience}.text`)}</p>
            <a class="button button-primary" href={`/auth/login?as=${audience}`}>
              {t(`home.login${audience === 'citizen' ? 'Citizen' : audience === 'business' ? 'Business' : 'Staff'}`)}
            </a>
          </section>
        ))}
      </div>
    </Page>
  );
}
