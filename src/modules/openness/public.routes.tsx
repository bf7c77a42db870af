import type { FastifyInstance, FastifyReply } from 'fastify';
import { attemptForm } from '#platform/views/form-problems.ts';
import { currentLocale } from '#platform/i18n/i18n.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { OpennessService } from './openness.service.ts';
import { PostListQuery } from './post-list-filter.ts';
import { postListAtom, postListCsv } from './post-list-export.ts';
import { manyValues, singleValues } from './form-values.ts';
import { accessRequestInput } from './request-input.ts';
import { opennessPaths } from './views/paths.ts';
import { PostListPage } from './views/public/post-list-page.tsx';
import { RequestPage, RequestReceivedPage } from './views/public/request-page.tsx';
import { DeliveredPage } from './views/public/delivered-page.tsx';

const everyone = { config: { access: 'public' } } as const;
const queryOf = (query: unknown) => PostListQuery.parse(singleValues(query));

/** The post list, its CSV and feeds, and asking for access: no login needed. */
export function registerPublicRoutes(app: FastifyInstance, openness: OpennessService, baseUrl: string): void {
  const options = async () => {
    const { departments, caseTypes } = await openness.filterOptions();
    const locale = currentLocale();
    return {
      departments: departments.map((department) => ({ value: department.code, label: department.name[locale] })),
      caseTypes: caseTypes.map((caseType) => ({ value: caseType.code, label: caseType.name[locale] })),
    };
  };

  app.get(opennessPaths.list, everyone, async (request, reply) => {
    const query = queryOf(request.query);
    const outcome = await attemptForm(() => openness.postList.search(query));
    const choices = await options();
    if (!outcome.ok) return reply.page(() => <PostListPage query={query} errors={outcome.errors} {...choices} />, 400);
    return reply.page(() => <PostListPage query={query} result={outcome.value} {...choices} />);
  });

  app.get(opennessPaths.csv, everyone, async (request, reply) => {
    const result = await openness.postList.search(queryOf(request.query));
    return reply
      .header('content-disposition', 'attachment; filename="postliste.csv"')
      .type('text/csv; charset=utf-8')
      .send(postListCsv(result.entries));
  });

  app.get(
    '/postliste/feed/:department',
    { config: { access: 'public', record: false, recordless: 'a department of the public post list' } },
    async (request, reply) => {
      const { department: code } = request.params as { department: string };
      const department = (await openness.filterOptions()).departments.find((candidate) => candidate.code === code);
      if (!department) throw new HttpProblem(404, 'error.404.text');
      const result = await openness.postList.search({ department: code });
      const feed = {
        id: `${baseUrl}${opennessPaths.feed(code)}`,
        department: department.name[currentLocale()],
        baseUrl,
      };
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(postListAtom(result.entries, { ...feed, updated: result.entries[0]?.registeredAt ?? new Date(0) }));
    },
  );

  app.get(opennessPaths.request, everyone, async (request, reply) => {
    const entries = await openness.postList.publicEntries(manyValues(request.query, 'entry').slice(0, 50));
    return reply.page(() => <RequestPage entries={entries} values={{}} anonymous={!request.principal} />);
  });

  app.post(opennessPaths.request, everyone, async (request, reply) => {
    const form = { ...singleValues(request.body, ['entry']), entry: manyValues(request.body, 'entry') };
    const requester =
      request.principal?.kind === 'citizen' || request.principal?.kind === 'business' ? request.principal : undefined;
    const outcome = await attemptForm(() => openness.requests.submit(requester, accessRequestInput(form, !requester)));
    if (outcome.ok)
      return reply.page(
        () => (
          <RequestReceivedPage
            deadline={outcome.value.deadline}
            anonymous={!requester}
            caseReference={outcome.value.caseReference}
          />
        ),
        201,
      );
    const entries = await openness.postList.publicEntries(form.entry);
    return reply.page(
      () => <RequestPage entries={entries} values={form} anonymous={!requester} errors={outcome.errors} />,
      400,
    );
  });

  app.get(
    '/aktindsigt/download/:token',
    { config: { access: 'public', record: false, recordless: 'a signed, expiring link is its own proof of access' } },
    async (request, reply: FastifyReply) => {
      const { token } = request.params as { token: string };
      const check = openness.checkLink(token);
      if (!check.ok) throw new HttpProblem(check.reason === 'expired' ? 410 : 400, `openness.download.${check.reason}`);
      const { request: decided, documents } = await openness.requests.delivered(check.requestId);
      return reply.page(() => (
        <DeliveredPage
          decision={decided.decision ?? 'refused'}
          kind={decided.kind}
          reason={decided.decision_reason ?? ''}
          documents={documents}
        />
      ));
    },
  );
}
