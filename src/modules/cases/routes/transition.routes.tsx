import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import type { CasesService } from '../cases.service.ts';
import { copenhagenTime } from '../copenhagen-time.ts';
import type { CaseResponses } from './case-responses.tsx';
import { IdParams, text, Version } from './staff-route-common.ts';

const TransitionBody = z.object({
  version: Version,
  transitionId: z.string().max(100).default(''),
  note: text(10_000),
  appointmentAt: text(30),
  place: text(300),
});

/** Taking a transition from the case page: a refusal re-renders the page with the guards' reasons. */
export function registerTransitionRoutes(
  app: FastifyInstance,
  service: CasesService,
  { changeOrExplain }: CaseResponses,
): void {
  app.post(
    '/staff/cases/:id/transitions',
    { config: { permission: 'case:transition', record: 'case' } },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = TransitionBody.parse(request.body ?? {});
      const appointmentAt = copenhagenTime(body.appointmentAt);
      const input = {
        transitionId: body.transitionId,
        version: body.version,
        note: body.note?.trim() || undefined,
        appointment:
          appointmentAt && body.place?.trim() ? { startsAt: appointmentAt, place: body.place.trim() } : undefined,
      };
      const typed = [{ label: t('cases.transitions.note'), value: body.note ?? '' }];
      return changeOrExplain(
        request,
        reply,
        id,
        () => service.transition(request.principal!, id, input),
        'transitioned',
        typed,
        { transitionId: body.transitionId, note: body.note ?? '' },
        { note: `note-${body.transitionId}`, appointmentAt: `appointmentAt-${body.transitionId}` },
      );
    },
  );
}
