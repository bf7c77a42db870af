import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '#platform/http/problem.ts';
import type { PurposeService } from '../purpose.service.ts';
import { channelsPaths } from '../views/paths.ts';
import { ContactIndexPage, ContactPage } from '../views/public/contact-pages.tsx';
import type { ChannelCode } from '../channel-codes.ts';
import { contactWays, withLinkedChannels } from './contact-channels.ts';
import type { ContactLinks } from './contact-links.ts';

const PurposeParams = z.object({ purpose: z.string().max(100) });
const purposePage = {
  config: { access: 'public', record: false, recordless: 'an inquiry purpose of the public contact pages' },
} as const;

/** "Kontakt kommunen": public, no login. */
export function registerContactRoutes(
  app: FastifyInstance,
  purposes: PurposeService,
  contactLinks: ContactLinks,
): void {
  app.get(channelsPaths.contactIndex, { config: { access: 'public' } }, async (_request, reply) => {
    const list = await purposes.list();
    return reply.page(() => <ContactIndexPage purposes={list} />);
  });

  app.get('/contact/:purpose', purposePage, async (request, reply) => {
    const { purpose: code } = PurposeParams.parse(request.params);
    const purpose = (await purposes.list()).find((candidate) => candidate.code === code);
    if (!purpose) throw notFound();
    const links = await contactLinks.linksFor(purpose.code, contactLinks.channels());
    const ways = withLinkedChannels(contactWays(purpose), Object.keys(links) as ChannelCode[]);
    return reply.page(() => <ContactPage purpose={purpose} ways={ways} links={links} />);
  });
}
