import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CasesService } from '../cases.service.ts';
import type { CaseResponses } from './case-responses.tsx';
import { IdParams, text, updateCase } from './staff-route-common.ts';

const TaskParams = z.object({ id: z.string().max(100), taskId: z.string().max(100) });
const NoteBody = z.object({ body: z.string().max(20_000).default('') });
const TaskBody = z.object({ taskTitle: z.string().max(1000).default(''), dueDate: text(20), assigneeId: text(100) });

/** Notes and tasks on the case page. */
export function registerNoteTaskRoutes(
  app: FastifyInstance,
  service: CasesService,
  { changeOrExplain }: CaseResponses,
): void {
  app.post('/staff/cases/:id/notes', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const { body } = NoteBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () => service.records.addNote(request.principal!, id, body),
      'noteAdded',
      [],
      { body },
    );
  });

  app.post('/staff/cases/:id/tasks', updateCase, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const body = TaskBody.parse(request.body ?? {});
    return changeOrExplain(
      request,
      reply,
      id,
      () =>
        service.addTask(request.principal!, id, {
          title: body.taskTitle,
          dueDate: body.dueDate || undefined,
          assigneeId: body.assigneeId || undefined,
        }),
      'taskAdded',
      [],
      { taskTitle: body.taskTitle },
    );
  });

  app.post('/staff/cases/:id/tasks/:taskId/done', updateCase, async (request, reply) => {
    const { id, taskId } = TaskParams.parse(request.params);
    return changeOrExplain(
      request,
      reply,
      id,
      () => service.records.completeTask(request.principal!, id, taskId),
      'taskDone',
    );
  });
}
