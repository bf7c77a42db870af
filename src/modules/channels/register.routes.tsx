import type { FastifyInstance } from 'fastify';
import { presetChannel, RegisterBody, RegisterQuery, TallyBody } from './register-form.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import type { ChannelsService } from './channels.service.ts';
import type { ServiceLinkService } from './service-link/service-link.service.ts';
import { digitalNudge, searchPurposes } from './purpose.ts';
import { channelsPaths } from './views/paths.ts';
import { type RegisterForm, RegisterPage, type RegisterPageProps } from './views/staff/register-page.tsx';

const register = { config: { permission: 'channels:register' } } as const;
/** Staff register inquiries at the desk and on the phone, and tally anonymous general questions. */
export function registerRegistrationRoutes(
  app: FastifyInstance,
  channels: ChannelsService,
  serviceLinks: ServiceLinkService,
): void {
  const page = async (principal: Principal, form: RegisterForm, rest: Partial<RegisterPageProps> = {}) => ({
    form,
    matches: searchPurposes(await channels.purposes.list(), form.q).slice(0, 15),
    today: await channels.inquiries.registeredToday(principal),
    ...rest,
  });

  app.get(channelsPaths.register, register, async (request, reply) => {
    const query = RegisterQuery.parse(request.query ?? {});
    const channel = presetChannel(request.principal!, query.channel);
    const form = {
      q: query.q,
      purpose: '',
      channel,
      cpr: '',
      resolved: true,
      couldBeDigital: false,
      digitalHelp: false,
      note: '',
      callback: false,
      callbackNote: '',
    };
    const nudge = digitalNudge((await channels.purposes.list()).find((purpose) => purpose.code === query.purpose));
    // the receipt of a contact for a person: which channels can carry the self-service link (an audited read)
    const offer = query.inquiry ? await serviceLinks.offer(request.principal!, query.inquiry) : undefined;
    const props = await page(request.principal!, form, { notice: query.notice, nudge, offer });
    return reply.page(() => <RegisterPage {...props} />);
  });

  app.post(channelsPaths.register, register, async (request, reply) => {
    const parsed = RegisterBody.safeParse(request.body ?? {});
    const form: RegisterForm = parsed.success ? parsed.data : { ...RegisterBody.parse({}), resolved: true };
    const outcome = await attemptForm(
      () =>
        channels.inquiries.registerByStaff(request.principal!, {
          purposeCode: form.purpose,
          channel: form.channel,
          cpr: form.cpr.trim() || undefined,
          resolvedFirstContact: form.resolved,
          couldBeDigital: form.couldBeDigital,
          digitalHelp: form.digitalHelp,
          note: form.note.trim() || undefined,
          ...(form.callback ? { callback: { note: form.callbackNote } } : {}),
        }),
      { statuses: [400, 404], field: 'cpr' },
    );
    if (outcome.ok)
      return reply.redirect(
        `${channelsPaths.register}?notice=registered&channel=${form.channel}&purpose=${encodeURIComponent(form.purpose)}&inquiry=${outcome.value}`,
        303,
      );
    const props = await page(request.principal!, form, { errors: outcome.errors });
    return reply.page(() => <RegisterPage {...props} />, 400);
  });

  app.post(channelsPaths.tally, register, async (request, reply) => {
    const { channel } = TallyBody.parse(request.body ?? {});
    await channels.inquiries.tally(request.principal!, channel);
    return reply.redirect(`${channelsPaths.register}?notice=tallied&channel=${channel}`, 303);
  });
}
