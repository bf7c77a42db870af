import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { currentLocale } from '#platform/i18n/i18n.ts';
import type { CasesService } from './cases.service.ts';
import { workflowDiagram } from './workflow-diagram-adapter.ts';
import { readEditedCaseType } from './case-type-edit.ts';
import { CaseTypePage, CaseTypesPage } from './views/admin/case-types-page.tsx';

const CodeParams = z.object({ code: z.string().max(100) });
const SaveBody = z.object({ definition: z.string().max(500_000).default('') });
const SavedQuery = z.object({ saved: z.coerce.number().int().min(1).optional().catch(undefined) });
const types = { config: { permission: 'case:types' } } as const;
const caseType = {
  config: {
    ...types.config,
    record: false,
    recordless: 'a case type is the municipality’s catalogue, not anyone’s record',
  },
} as const;

/** Administrators: the case types, and adapting a workflow into a new local version. */
export function registerCaseTypeAdminRoutes(app: FastifyInstance, service: CasesService): void {
  app.get('/admin/case-types', types, async (request, reply) => {
    const caseTypes = await service.caseTypes.listForAdministration(request.principal!);
    const departments = await service.departments();
    return reply.page(() => <CaseTypesPage caseTypes={caseTypes} departments={departments} />);
  });

  app.get('/admin/case-types/:code', caseType, async (request, reply) => {
    const { code } = CodeParams.parse(request.params);
    const { saved } = SavedQuery.parse(request.query ?? {});
    const { current, yaml } = await service.caseTypes.currentForAdministration(request.principal!, code);
    const history = await service.caseTypes.history(request.principal!, code);
    return reply.page(() => (
      <CaseTypePage
        current={current}
        history={history}
        yaml={yaml}
        diagramSvg={workflowDiagram(current.definition.workflow, currentLocale())}
        savedVersion={saved}
      />
    ));
  });

  // the edited YAML as a diagram, nothing saved: the page again with the preview, or the reasons against their lines
  app.post('/admin/case-types/:code/preview', caseType, async (request, reply) => {
    const { code } = CodeParams.parse(request.params);
    const { definition } = SaveBody.parse(request.body ?? {});
    const { current } = await service.caseTypes.currentForAdministration(request.principal!, code);
    const history = await service.caseTypes.history(request.principal!, code);
    const read = readEditedCaseType(code, definition);
    return reply.page(
      () => (
        <CaseTypePage
          current={current}
          history={history}
          yaml={definition}
          diagramSvg={workflowDiagram(current.definition.workflow, currentLocale())}
          previewSvg={read.ok ? workflowDiagram(read.definition.workflow, currentLocale()) : undefined}
          reasons={read.ok ? undefined : read.reasons}
          previewing
        />
      ),
      read.ok ? 200 : 400,
    );
  });

  app.post('/admin/case-types/:code', caseType, async (request, reply) => {
    const { code } = CodeParams.parse(request.params);
    const { definition } = SaveBody.parse(request.body ?? {});
    const result = await service.caseTypes.saveLocalVersion(request.principal!, code, definition);
    if (result.ok) return reply.redirect(`/admin/case-types/${code}?saved=${result.version.version}`, 303);
    const { current } = await service.caseTypes.currentForAdministration(request.principal!, code);
    const history = await service.caseTypes.history(request.principal!, code);
    return reply.page(
      () => (
        <CaseTypePage
          current={current}
          history={history}
          yaml={definition}
          diagramSvg={workflowDiagram(current.definition.workflow, currentLocale())}
          reasons={result.reasons}
        />
      ),
      400,
    );
  });
}
