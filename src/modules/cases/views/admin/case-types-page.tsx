import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { Alert, ErrorSummary, PostForm } from '#platform/views/components.tsx';
import type { CaseTypeVersionView } from '#modules/cases/case-types.service.ts';
import { controlAttributes, HintAndError } from '#platform/views/field-parts.tsx';
import { localized } from '../case-format.tsx';

type Duration = { amount: number; unit: 'working_days' | 'calendar_days' } | null;
const durationText = (duration: Duration) =>
  duration ? t(`cases.admin.duration.${duration.unit}`, { amount: duration.amount }) : t('cases.admin.none');

const versionText = (type: CaseTypeVersionView) => `${type.version} (${t(`cases.admin.origin.${type.origin}`)})`;

/** Administrators: the case types in use, each with its current workflow version and where it came from. */
export function CaseTypesPage({ caseTypes }: { caseTypes: CaseTypeVersionView[] }) {
  return (
    <Page title={t('cases.admin.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('cases.admin.title')}</h1>
      <p class="font-lead">{t('cases.admin.lead')}</p>
      <DataTable
        caption={t('cases.admin.caption')}
        captionHidden
        rows={caseTypes}
        columns={[
          {
            header: t('cases.admin.name'),
            rowHeader: true,
            cell: (type) => (
              <a href={`/admin/case-types/${type.code}`} safe>
                {localized(type.definition.name)}
              </a>
            ),
          },
          { header: t('cases.admin.kle'), text: (type) => type.definition.kle },
          { header: t('cases.admin.form'), text: (type) => type.definition.formProcess },
          { header: t('cases.admin.department'), text: (type) => type.definition.departmentCode },
          { header: t('cases.admin.legalDeadline'), text: (type) => durationText(type.definition.legalDeadline) },
          { header: t('cases.admin.serviceLevel'), text: (type) => durationText(type.definition.serviceLevel) },
          { header: t('cases.admin.version'), text: (type) => versionText(type) },
        ]}
      />
    </Page>
  );
}

/** One case type: the workflow as an SVG diagram, the YAML editor (validated on save, reasons listed), and its versions. */
export function CaseTypePage({
  current,
  history,
  yaml,
  diagramSvg,
  reasons,
  savedVersion,
}: {
  current: CaseTypeVersionView;
  history: CaseTypeVersionView[];
  yaml: string;
  diagramSvg: string;
  reasons?: Array<{ path: string; message: string }>;
  savedVersion?: number;
}) {
  // the reasons are listed in the error summary, not beside the field
  const definitionField = { name: 'definition', hint: t('cases.admin.editHint') };
  return (
    <Page
      title={localized(current.definition.name)}
      backLink={{ href: '/admin/case-types', label: 'cases.admin.back' }}
    >
      <h1 safe>{localized(current.definition.name)}</h1>
      <p safe>{localized(current.definition.description)}</p>
      {savedVersion ? <Alert kind="success">{t('cases.admin.saved', { version: savedVersion })}</Alert> : ''}
      <ErrorSummary
        heading={t('cases.admin.invalid')}
        errors={(reasons ?? []).map((reason) => ({
          field: 'definition',
          message: reason.path ? `${reason.path}: ${reason.message}` : reason.message,
        }))}
      />
      <h2>{t('cases.admin.diagram')}</h2>
      <figure class="workflow-diagram">{diagramSvg}</figure>
      <h2>{t('cases.admin.edit')}</h2>
      <PostForm action={`/admin/case-types/${current.code}`} submit={t('cases.admin.save')}>
        <div class={reasons?.length ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-definition">
            {t('cases.admin.definition')}
          </label>
          <HintAndError {...definitionField} />
          <textarea
            class="form-input workflow-yaml"
            {...controlAttributes(definitionField)}
            rows="30"
            spellcheck="false"
            aria-invalid={reasons?.length ? 'true' : undefined}
            safe
          >
            {yaml}
          </textarea>
        </div>
      </PostForm>
      <h2>{t('cases.admin.history')}</h2>
      <DataTable
        caption={t('cases.admin.history')}
        captionHidden
        zebra={false}
        rows={history}
        columns={[
          {
            header: t('cases.admin.version'),
            rowHeader: true,
            text: (version) =>
              `${version.version} (${t(`cases.admin.origin.${version.origin}`)}, ${t('cases.field.workflowVersion', { version: version.definition.workflow.version })})`,
          },
          { header: t('cases.admin.createdAt'), text: (version) => formatDateTime(version.createdAt) },
          { header: t('cases.admin.createdBy'), text: (version) => version.createdBy ?? '–' },
        ]}
      />
    </Page>
  );
}
