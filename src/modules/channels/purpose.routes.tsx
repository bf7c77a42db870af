import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ChannelsService } from './channels.service.ts';
import { channelsPaths } from './views/paths.ts';
import { emptyPurposeInput, NewPurposePage } from './views/admin/new-purpose-page.tsx';

const admin = { config: { permission: 'channels:admin' } } as const;
const text = z.string().trim().max(120).optional().default('');
const PurposeBody = z
  .object({
    code: text,
    nameDa: text,
    nameEn: text,
    kle: text,
    departmentCode: text,
    inquiryType: text,
    caseTypeCode: text,
    solutionCode: text,
    desiredChannel: text,
  })
  .catch(emptyPurposeInput);

/** Administrators add an inquiry purpose (its strategy versions are added on the purpose's page). */
export function registerPurposeRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.get(channelsPaths.newPurpose, admin, async (_request, reply) =>
    reply.page(() => <NewPurposePage form={emptyPurposeInput} />),
  );

  app.post(channelsPaths.purposes, admin, async (request, reply) => {
    const form = PurposeBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => channels.admin.create(request.principal!, form));
    if (outcome.ok) return reply.redirect(channelsPaths.purpose(outcome.value), 303);
    return reply.page(() => <NewPurposePage form={form} errors={outcome.errors} />, 400);
  });
}
