import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { FieldErrors } from '#platform/views/components.tsx';
import type { DeliveryService } from './delivery.service.ts';
import { parseTemplateKey, type TemplateService } from './template.service.ts';
import type { TemplateProblem } from './template-render.ts';
import { adminPaths } from './views/admin/admin-paths.ts';
import { NotificationsPage } from './views/admin/notifications-page.tsx';
import { OutboxPage } from './views/admin/outbox-page.tsx';
import { EditTemplatePage, TemplatesPage } from './views/admin/template-pages.tsx';

const admin = { config: { permission: 'notify:admin' } } as const;
const notification = { config: { ...admin.config, record: 'notification' } } as const;
const template = {
  config: {
    ...admin.config,
    record: false,
    recordless: 'a notification template is the municipality’s text, not anyone’s record',
  },
} as const;
const ListQuery = z
  .object({
    status: z.enum(['queued', 'sending', 'sent', 'delivered', 'failed', 'dead', 'cancelled']).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    retried: z.string().optional(),
  })
  .catch({ page: 1 });
const IdParams = z.object({ id: z.uuid() });
const TemplateParams = z.object({ kind: z.string().max(40), channel: z.string().max(10), locale: z.string().max(5) });
const TemplateBody = z
  .object({ subject: z.string().max(1000).optional().default(''), body: z.string().max(10_000).optional().default('') })
  .catch({ subject: '', body: '' });

const problemText = (problem: TemplateProblem) =>
  problem.problem === 'unknownPlaceholder'
    ? t('notify.templates.unknownPlaceholder', { placeholder: `{{${problem.placeholder}}}` })
    : t(`notify.templates.${problem.problem}`);

/** Administrators: the delivery overview with dead letters and retry, the templates, and the development outbox. */
export function registerNotifyAdminRoutes(
  app: FastifyInstance,
  delivery: DeliveryService,
  templates: TemplateService,
): void {
  app.get(adminPaths.notifications, admin, async (request, reply) => {
    const query = ListQuery.parse(request.query);
    const result = await delivery.list(request.principal!, {
      statuses: query.status ? [query.status] : undefined,
      page: query.page,
    });
    return reply.page(() => (
      <NotificationsPage
        items={result.items}
        counts={result.counts}
        filter={query.status}
        page={query.page}
        hasNext={result.hasNext}
        outboxActive={delivery.settings.outboxActive}
        notice={query.retried ? 'retried' : undefined}
      />
    ));
  });

  app.post('/admin/notify/notifications/:id/retry', notification, async (request, reply) => {
    const parsed = IdParams.safeParse(request.params);
    if (!parsed.success) throw new HttpProblem(404, 'error.404.text');
    await delivery.retry(request.principal!, parsed.data.id);
    return reply.redirect(`${adminPaths.notifications}?retried=1`, 303);
  });

  app.get(adminPaths.templates, admin, async (request, reply) => {
    const list = await templates.list(request.principal!);
    return reply.page(() => (
      <TemplatesPage templates={list} saved={(request.query as Record<string, unknown>).saved === '1'} />
    ));
  });

  app.get('/admin/notify/templates/:kind/:channel/:locale', template, async (request, reply) => {
    const { kind, channel, locale } = TemplateParams.parse(request.params);
    const template = await templates.get(request.principal!, parseTemplateKey(kind, channel, locale));
    return reply.page(() => (
      <EditTemplatePage template={template} form={{ subject: template.subject, body: template.body }} errors={{}} />
    ));
  });

  app.post('/admin/notify/templates/:kind/:channel/:locale', template, async (request, reply) => {
    const { kind, channel, locale } = TemplateParams.parse(request.params);
    const key = parseTemplateKey(kind, channel, locale);
    const form = TemplateBody.parse(request.body ?? {});
    const result = await templates.save(request.principal!, key, form);
    if (result.ok) return reply.redirect(`${adminPaths.templates}?saved=1`, 303);
    const errors: FieldErrors = {};
    for (const problem of result.problems) errors[problem.field] ??= problemText(problem);
    const template = await templates.get(request.principal!, key);
    return reply.page(() => <EditTemplatePage template={template} form={form} errors={errors} />, 400);
  });

  app.get(adminPaths.outbox, admin, async (request, reply) => {
    const outbox = await delivery.outbox(request.principal!);
    return reply.page(() => <OutboxPage active={outbox.active} entries={outbox.entries} />);
  });
}
