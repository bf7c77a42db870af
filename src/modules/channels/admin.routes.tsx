import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ChannelsService } from './channels.service.ts';
import { readVersionForm, versionFormFrom } from './version-form.ts';
import { channelsPaths } from './views/paths.ts';
import { PurposePage } from './views/admin/purpose-page.tsx';
import { PurposesPage } from './views/admin/purposes-page.tsx';

const purposeRoute = {
  config: {
    permission: 'channels:admin',
    record: false,
    recordless: 'an inquiry purpose is the municipality-wide channel strategy, no one’s personal record',
  },
} as const;
const CodeParams = z.object({ code: z.string().max(100) }).catch({ code: '' });
const SavedQuery = z.object({ saved: z.string().max(5).optional() }).catch({});

/** Administrators: inquiry purposes and new versions of their strategy. */
export function registerChannelsAdminRoutes(app: FastifyInstance, channels: ChannelsService): void {
  app.get(channelsPaths.purposes, { config: { permission: 'channels:admin' } }, async (_request, reply) => {
    const purposes = await channels.purposes.list();
    return reply.page(() => <PurposesPage purposes={purposes} />);
  });

  app.get('/admin/channels/purposes/:code', purposeRoute, async (request, reply) => {
    const { purpose, versions } = await channels.purposes.get(CodeParams.parse(request.params).code);
    const saved = SavedQuery.parse(request.query ?? {}).saved === '1';
    const form = versionFormFrom(purpose.current);
    return reply.page(() => <PurposePage purpose={purpose} versions={versions} form={form} saved={saved} />);
  });

  app.post('/admin/channels/purposes/:code/versions', purposeRoute, async (request, reply) => {
    const { code } = CodeParams.parse(request.params);
    const { form, input } = readVersionForm((request.body ?? {}) as Record<string, unknown>);
    const outcome = await attemptForm(() => channels.admin.addVersion(request.principal!, code, input));
    if (outcome.ok) return reply.redirect(`${channelsPaths.purpose(code)}?saved=1`, 303);
    const { purpose, versions } = await channels.purposes.get(code);
    return reply.page(
      () => <PurposePage purpose={purpose} versions={versions} form={form} errors={outcome.errors} />,
      400,
    );
  });
}
