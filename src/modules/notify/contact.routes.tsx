import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { t } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { ContactService } from './contact.service.ts';
import { ContactPage, type ContactNotice } from './views/citizen/contact-page.tsx';
import { contactPaths } from './views/citizen/contact-paths.ts';
import { VerifyPage } from './views/citizen/verify-page.tsx';

const ChannelParams = z.object({ channel: z.enum(['sms', 'email']) });
const NoticeQuery = z.object({ notice: z.enum(['codeSent', 'verified', 'deleted', 'saved']).optional() }).catch({});
const AddressBody = z.record(z.string(), z.unknown());
const CodeBody = z.object({ code: z.string().max(20).optional().default('') }).catch({ code: '' });

const contact = { config: { permission: 'notify:contact' } } as const;
const contactChannel = {
  config: {
    ...contact.config,
    record: false,
    recordless: 'the channel (sms, email) names one of the caller’s own contact points',
  },
} as const;

const channelFrom = (params: unknown) => {
  const parsed = ChannelParams.safeParse(params);
  if (!parsed.success) throw new HttpProblem(404, 'error.404.text');
  return parsed.data.channel;
};

/** Citizens and businesses: their contact points and their choices of notifications per authority. */
export function registerContactRoutes(app: FastifyInstance, contacts: ContactService): void {
  app.get(contactPaths.page, contact, async (request, reply) => {
    const overview = await contacts.overview(request.principal!);
    return reply.page(() => (
      <ContactPage overview={overview} notice={NoticeQuery.parse(request.query).notice as ContactNotice | undefined} />
    ));
  });

  app.post('/my/contact/:channel', contactChannel, async (request, reply) => {
    const channel = channelFrom(request.params);
    const body = AddressBody.parse(request.body ?? {});
    const raw = typeof body[`${channel}-address`] === 'string' ? String(body[`${channel}-address`]).slice(0, 300) : '';
    const result = await contacts.register(request.principal!, channel, raw, request.locale);
    if (result.ok) return reply.redirect(`${contactPaths.verify(channel)}`, 303);
    const overview = await contacts.overview(request.principal!);
    const field = `${channel}-address`;
    return reply.page(
      () => <ContactPage overview={overview} errors={{ [field]: t(result.messageKey) }} values={{ [field]: raw }} />,
      result.status,
    );
  });

  app.get('/my/contact/:channel/verify', contactChannel, async (request, reply) => {
    const channel = channelFrom(request.params);
    const overview = await contacts.overview(request.principal!);
    return reply.page(() => <VerifyPage channel={channel} point={overview.points[channel]} />);
  });

  app.post('/my/contact/:channel/verify', contactChannel, async (request, reply) => {
    const channel = channelFrom(request.params);
    const result = await contacts.verify(request.principal!, channel, CodeBody.parse(request.body ?? {}).code);
    if (result.ok) return reply.redirect(`${contactPaths.page}?notice=verified`, 303);
    const overview = await contacts.overview(request.principal!);
    return reply.page(
      () => (
        <VerifyPage channel={channel} point={overview.points[channel]} error={t(result.messageKey, result.values)} />
      ),
      400,
    );
  });

  app.post('/my/contact/:channel/delete', contactChannel, async (request, reply) => {
    await contacts.remove(request.principal!, channelFrom(request.params));
    return reply.redirect(`${contactPaths.page}?notice=deleted`, 303);
  });

  app.post(contactPaths.preferences, contact, async (request, reply) => {
    const body = AddressBody.parse(request.body ?? {});
    // checkboxes arrive as "<authority>:<channel>=on"; an unticked box does not arrive at all
    const choices: Record<string, { sms: boolean; email: boolean }> = {};
    for (const [name, value] of Object.entries(body)) {
      const match = /^([a-z0-9_-]{1,40}):(sms|email)$/.exec(name);
      if (!match || value !== 'on') continue;
      choices[match[1]] ??= { sms: false, email: false };
      choices[match[1]][match[2] as 'sms' | 'email'] = true;
    }
    const result = await contacts.savePreferences(request.principal!, choices);
    if (result.ok) return reply.redirect(`${contactPaths.page}?notice=saved`, 303);
    const overview = await contacts.overview(request.principal!);
    return reply.page(() => <ContactPage overview={overview} errors={{ preferences: t(result.messageKey) }} />, 400);
  });
}
