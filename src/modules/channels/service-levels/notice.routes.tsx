import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { NoticeService } from './notice.service.ts';
import { readNoticeForm } from './notice-input.ts';
import { serviceLevelPaths } from './views/paths.ts';
import { NoticePage } from './views/notice-page.tsx';
import { NoticesPage } from './views/notices-page.tsx';

const notices = { config: { permission: 'channels:processing-notices' } } as const;
const ofCase = { config: { permission: 'channels:processing-notices', record: 'case' } } as const;
const CaseParams = z.object({ id: z.string().max(100) }).catch({ id: '' });
const SentQuery = z.object({ sent: z.string().max(5).optional() }).catch({});

/** Caseworkers: the department's § 3 notices due, and the letter of one case. */
export function registerNoticeRoutes(app: FastifyInstance, service: NoticeService): void {
  app.get(serviceLevelPaths.notices, notices, async (request, reply) => {
    const open = await service.open(request.principal!);
    return reply.page(() => <NoticesPage notices={open} />);
  });

  app.get('/staff/cases/:id/processing-notice', ofCase, async (request, reply) => {
    const { id } = CaseParams.parse(request.params);
    const notice = await service.forCase(request.principal!, id);
    const sent = SentQuery.parse(request.query ?? {}).sent === '1';
    return reply.page(() => (
      <NoticePage caseId={id} notice={notice} form={{ reason: '', expectedDay: '' }} sent={sent} />
    ));
  });

  app.post('/staff/cases/:id/processing-notice', ofCase, async (request, reply) => {
    const { id } = CaseParams.parse(request.params);
    const form = readNoticeForm((request.body ?? {}) as Record<string, unknown>);
    const outcome = await attemptForm(() => service.send(request.principal!, id, form));
    if (outcome.ok) return reply.redirect(`${serviceLevelPaths.notice(id)}?sent=1`, 303);
    if (outcome.problem.statusCode !== 400) throw outcome.problem;
    const notice = await service.forCase(request.principal!, id);
    return reply.page(() => <NoticePage caseId={id} notice={notice} form={form} errors={outcome.errors} />, 400);
  });
}
