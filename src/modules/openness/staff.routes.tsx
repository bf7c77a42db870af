import type { FastifyInstance } from 'fastify';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { OpennessService } from './openness.service.ts';
import { manyValues, singleValues } from './form-values.ts';
import { decisionInput, extensionInput, redactionInput } from './request-input.ts';
import { opennessPaths } from './views/paths.ts';
import { RequestsPage } from './views/staff/requests-page.tsx';
import { RequestPage } from './views/staff/request-page.tsx';
import { EntriesPage, EntryPage } from './views/staff/entries-page.tsx';

const handle = { config: { permission: 'openness:handle' } } as const;
const handleOne = { config: { permission: 'openness:handle', record: 'access-request' } } as const;
const handleEntry = { config: { permission: 'openness:handle', record: 'post-list-entry' } } as const;
const notices = new Set(['openness.redact.done', 'openness.extend.done', 'openness.decide.done']);

/** Caseworkers: the department's requests; withholding passages and deciding (each audited in the service). */
export function registerStaffRoutes(app: FastifyInstance, openness: OpennessService, baseUrl: string): void {
  app.get(opennessPaths.requests, handle, async (request, reply) => {
    const requests = await openness.requests.list(request.principal!);
    return reply.page(() => <RequestsPage requests={requests} />);
  });

  app.get(opennessPaths.entries, handle, async (request, reply) => {
    const reference = singleValues(request.query).reference ?? '';
    const outcome = await attemptForm(() => openness.postList.departmentEntries(request.principal!, reference));
    if (outcome.ok) return reply.page(() => <EntriesPage entries={outcome.value} reference={reference} />);
    return reply.page(() => <EntriesPage entries={[]} reference={reference} errors={outcome.errors} />, 400);
  });

  app.get('/staff/openness/entries/:id', handleEntry, async (request, reply) => {
    const { id } = request.params as { id: string };
    const notice = singleValues(request.query).notice;
    const entry = await openness.postList.entryForStaff(request.principal!, id);
    return reply.page(() => (
      <EntryPage entry={entry} notice={notice === 'openness.exclude.done' ? notice : undefined} />
    ));
  });

  app.post('/staff/openness/entries/:id/exclusion', handleEntry, async (request, reply) => {
    const { id } = request.params as { id: string };
    const values = singleValues(request.body);
    const outcome = await attemptForm(() => openness.postList.exclude(request.principal!, id, values.exception ?? ''));
    if (outcome.ok) return reply.redirect(`${opennessPaths.entry(id)}?notice=openness.exclude.done`, 303);
    const entry = await openness.postList.entryForStaff(request.principal!, id);
    return reply.page(() => <EntryPage entry={entry} errors={outcome.errors} values={values} />, 400);
  });

  app.get('/staff/openness/requests/:id', handleOne, async (request, reply) => {
    const { id } = request.params as { id: string };
    const notice = singleValues(request.query).notice;
    const view = await openness.requests.detail(request.principal!, id);
    return reply.page(() => <RequestPage view={view} notice={notices.has(notice) ? notice : undefined} />);
  });

  app.post('/staff/openness/requests/:id/redactions', handleOne, async (request, reply) => {
    const { id } = request.params as { id: string };
    const values = singleValues(request.body);
    const outcome = await attemptForm(() => openness.requests.redact(request.principal!, id, redactionInput(values)));
    if (outcome.ok) return reply.redirect(`${opennessPaths.requestDetail(id)}?notice=openness.redact.done`, 303);
    const view = await openness.requests.detail(request.principal!, id);
    return reply.page(() => <RequestPage view={view} form="redaction" errors={outcome.errors} values={values} />, 400);
  });

  app.post('/staff/openness/requests/:id/extension', handleOne, async (request, reply) => {
    const { id } = request.params as { id: string };
    const values = singleValues(request.body);
    const outcome = await attemptForm(() => openness.requests.extend(request.principal!, id, extensionInput(values)));
    if (outcome.ok) return reply.redirect(`${opennessPaths.requestDetail(id)}?notice=openness.extend.done`, 303);
    const view = await openness.requests.detail(request.principal!, id);
    return reply.page(() => <RequestPage view={view} form="extension" errors={outcome.errors} values={values} />, 400);
  });

  app.post('/staff/openness/requests/:id/decision', handleOne, async (request, reply) => {
    const { id } = request.params as { id: string };
    const values = { ...singleValues(request.body, ['handOut']), handOut: manyValues(request.body, 'handOut') };
    const outcome = await attemptForm(() => openness.requests.decide(request.principal!, id, decisionInput(values)));
    const view = await openness.requests.detail(request.principal!, id);
    if (!outcome.ok)
      return reply.page(() => <RequestPage view={view} form="decision" errors={outcome.errors} values={values} />, 400);
    const result = outcome.value;
    if (result.delivered === 'digital-post')
      return reply.redirect(`${opennessPaths.requestDetail(id)}?notice=openness.decide.done`, 303);
    const link = { href: result.href, expires: result.expires };
    return reply.page(() => <RequestPage view={view} notice="openness.decide.done" link={link} />);
  });
}
