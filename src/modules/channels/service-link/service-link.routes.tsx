import type { FastifyInstance } from 'fastify';
import { attemptForm, formErrorsOf } from '#platform/views/form-problems.ts';
import { RegisterBody, ServiceLinkBody } from '../register-form.ts';
import { searchPurposes } from '../purpose.ts';
import type { ChannelsService } from '../channels.service.ts';
import { channelsPaths } from '../views/paths.ts';
import { RegisterPage } from '../views/staff/register-page.tsx';
import type { ServiceLinkService } from './service-link.service.ts';

/** The receipt's "send the self-service link": sent and registered, or the receipt again with the reason. */
export function registerServiceLinkRoutes(
  app: FastifyInstance,
  channels: ChannelsService,
  serviceLinks: ServiceLinkService,
): void {
  app.post(channelsPaths.serviceLink, { config: { permission: 'channels:register' } }, async (request, reply) => {
    const principal = request.principal!;
    const { inquiry, linkChannel } = ServiceLinkBody.parse(request.body ?? {});
    const outcome = await attemptForm(() => serviceLinks.send(principal, inquiry, linkChannel), {
      field: 'linkChannel',
    });
    if (outcome.ok) return reply.redirect(`${channelsPaths.register}?notice=linkSent&inquiry=${inquiry}`, 303);
    const offer = await serviceLinks.offer(principal, inquiry);
    const props = {
      form: { ...RegisterBody.parse({}), resolved: true },
      matches: searchPurposes(await channels.purposes.list(), ''),
      today: await channels.inquiries.registeredToday(principal),
      offer,
    };
    // translated while the page renders: the request's language is in force there
    return reply.page(
      () => <RegisterPage {...props} errors={formErrorsOf(outcome.problem, { field: 'linkChannel' })} />,
      400,
    );
  });
}
