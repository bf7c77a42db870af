import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Principal } from '#platform/auth/principal.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { isChannel } from './channel-codes.ts';
import type { ChannelsService } from './channels.service.ts';
import { searchPurposes } from './purpose.ts';
import { channelsPaths } from './views/paths.ts';
import { type RegisterForm, RegisterPage, type RegisterPageProps } from './views/staff/register-page.tsx';

const register = { config: { permission: 'channels:register' } } as const;
const text = (max: number) => z.string().max(max).optional().default('');
const checked = z
  .string()
  .max(10)
  .optional()
  .transform((value) => value !== undefined);
const RegisterQuery = z
  .object({ q: text(100), channel: text(20), notice: z.enum(['registered', 'tallied']).optional() })
  .catch({ q: '', channel: '' });
const RegisterBody = z.object({
  q: text(100),
  purpose: text(100),
  channel: text(20),
  cpr: text(20),
  resolved: checked,
  couldBeDigital: checked,
  digitalHelp: checked,
  note: text(500),
});

/** The channel preset: the one last used, else the front desk's counter or the phone line. */
const presetChannel = (principal: Principal, chosen: string) =>
  isChannel(chosen) ? chosen : principal.roles.includes('front_desk') ? 'attendance' : 'phone';

/** Staff register inquiries at the desk and on the phone, and tally anonymous general questions. */
export function registerRegistrationRoutes(app: FastifyInstance, channels: ChannelsService): void {
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
    };
    const props = await page(request.principal!, form, { notice: query.notice });
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
        }),
      { statuses: [400, 404], field: 'cpr' },
    );
    if (outcome.ok) return reply.redirect(`${channelsPaths.register}?notice=registered&channel=${form.channel}`, 303);
    const props = await page(request.principal!, form, { errors: outcome.errors });
    return reply.page(() => <RegisterPage {...props} />, 400);
  });

  app.post(channelsPaths.tally, register, async (request, reply) => {
    const { channel } = z
      .object({ channel: text(20) })
      .catch({ channel: '' })
      .parse(request.body ?? {});
    await channels.inquiries.tally(request.principal!, channel);
    return reply.redirect(`${channelsPaths.register}?notice=tallied&channel=${channel}`, 303);
  });
}
