import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { currentLocale } from '#platform/i18n/i18n.ts';
import { attemptForm } from '#platform/views/form-problems.ts';
import { addDays, danishDay, isDay } from '#platform/time/danish-day.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { SatisfactionService } from './satisfaction.service.ts';
import { satisfactionPaths } from './views/paths.ts';
import { SatisfactionPage, type SatisfactionQuery } from './views/satisfaction-page.tsx';
import { SurveyPage } from './views/survey-page.tsx';

/** No login: the signed, expiring link is the key to its one invitation, which names no person. */
const open = {
  config: {
    access: 'public',
    record: false,
    recordless:
      'the signed, expiring link is its own proof of access to its one survey invitation, which names no person',
  },
} as const;
const report = { config: { permission: 'channels:service-levels' } } as const;
const TokenParams = z.object({ token: z.string().max(200) });
const Answer = z
  .object({
    score: z.string().max(10).optional().catch(undefined),
    comment: z.string().max(20_000).optional().catch(undefined),
  })
  .catch({});
const Thanks = z.object({ notice: z.literal('answered').optional() }).catch({});
const Query = z
  .object({
    from: z.string().max(20).optional(),
    to: z.string().max(20).optional(),
    department: z.string().max(100).optional(),
  })
  .catch({});

/** The period and department asked for; by default the last 30 days for the whole municipality. */
function queryOf(raw: unknown): SatisfactionQuery {
  const parsed = Query.parse(raw ?? {});
  const to = parsed.to?.trim() || danishDay();
  const from = parsed.from?.trim() || (isDay(to) ? addDays(to, -29) : danishDay());
  return { from, to, department: parsed.department?.trim() ?? '' };
}

/** The survey (public, by its signed link) and the managers' answers per service and channel, with the comments. */
export function registerSatisfactionRoutes(
  app: FastifyInstance,
  satisfaction: SatisfactionService,
  identity: Pick<IdentityContract, 'listDepartments'>,
): void {
  app.get(satisfactionPaths.surveyPattern, open, async (request, reply) => {
    const { token } = TokenParams.parse(request.params);
    const survey = await satisfaction.survey(token);
    const thanks = Thanks.parse(request.query ?? {}).notice === 'answered';
    return reply.page(() => <SurveyPage token={token} survey={survey} thanks={thanks} />);
  });

  app.post(satisfactionPaths.surveyPattern, open, async (request, reply) => {
    const { token } = TokenParams.parse(request.params);
    const survey = await satisfaction.survey(token); // a changed, expired or unknown link says so first
    const values = Answer.parse(request.body ?? {});
    const outcome = await attemptForm(() => satisfaction.answer(token, values));
    if (outcome.ok) return reply.redirect(`${satisfactionPaths.survey(token)}?notice=answered`, 303);
    return reply.page(() => <SurveyPage token={token} survey={survey} values={values} errors={outcome.errors} />, 400);
  });

  const departments = async () =>
    (await identity.listDepartments()).map((d) => ({ code: d.code, name: d.name[currentLocale()] }));
  const filter = (query: SatisfactionQuery) => ({ ...query, department: query.department || undefined });

  app.get(satisfactionPaths.figures, report, async (request, reply) => {
    const query = queryOf(request.query);
    const outcome = await attemptForm(() => satisfaction.figures(request.principal!, filter(query)));
    const list = await departments();
    if (!outcome.ok)
      return reply.page(() => <SatisfactionPage query={query} departments={list} errors={outcome.errors} />, 400);
    return reply.page(() => <SatisfactionPage query={query} departments={list} rows={outcome.value.rows} />);
  });

  app.get(satisfactionPaths.comments, report, async (request, reply) => {
    const query = queryOf(request.query);
    const outcome = await attemptForm(() => satisfaction.comments(request.principal!, filter(query)));
    const list = await departments();
    if (!outcome.ok)
      return reply.page(() => <SatisfactionPage query={query} departments={list} errors={outcome.errors} />, 400);
    return reply.page(() => <SatisfactionPage query={query} departments={list} comments={outcome.value} />);
  });
}
