import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Page } from '#platform/views/layout.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { linkColumn } from '#platform/views/link-column.tsx';
import { Alert, ErrorSummary } from '#platform/views/components.tsx';
import type { EditReason } from '#modules/cases/case-type-edit.ts';
import { reasonWithLine, WorkflowEditor } from './workflow-editor.tsx';
import type { CaseTypeVersionView } from '#modules/cases/case-types.service.ts';
import { localized } from '../case-format.tsx';

type Duration = { amount: number; unit: 'working_days' | 'calendar_days' } | null;
const durationText = (duration: Duration) =>
  duration ? t(`cases.admin.duration.${duration.unit}`, { amount: duration.amount }) : t('cases.admin.none');

const versionText = (type: CaseTypeVersionView) => `${type.version} (${t(`cases.admin.origin.${type.origin}`)})`;

/** Administrators: the case types in use, each with its current workflow version and where it came from. */
export function CaseTypesPage({
  caseTypes,
  departments,
}: {
  caseTypes: CaseTypeVersionView[];
  departments: Array<{ code: string; name: { da: string; en: string } }>;
}) {
  const departmentName = (code: string) =>
    localized(departments.find((department) => department.code === code)?.name) || code;
  return (
    <LeadPage title={t('cases.admin.title')} lead={t('cases.admin.lead')} back="/staff">
      <DataTable
        caption={t('cases.admin.caption')}
        captionHidden
        rows={caseTypes}
        columns={[
          linkColumn<CaseTypeVersionView>(
            t('cases.admin.name'),
            (type) => `/admin/case-types/${type.code}`,
            (type) => localized(type.definition.name),
          ),
          { header: t('cases.admin.kle'), text: (type) => type.definition.kle },
          { header: t('cases.admin.form'), text: (type) => type.definition.formProcess },
          { header: t('cases.admin.department'), text: (type) => departmentName(type.definition.departmentCode) },
          { header: t('cases.admin.legalDeadline'), text: (type) => durationText(type.definition.legalDeadline) },
          { header: t('cases.admin.serviceLevel'), text: (type) => durationText(type.definition.serviceLevel) },
          { header: t('cases.admin.version'), text: (type) => versionText(type) },
        ]}
      />
    </LeadPage>
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
  previewSvg,
  previewing,
}: {
  current: CaseTypeVersionView;
  history: CaseTypeVersionView[];
  yaml: string;
  diagramSvg: string;
  reasons?: EditReason[];
  savedVersion?: number;
  /** the edited, unsaved workflow as a diagram (the preview button) */
  previewSvg?: string;
  /** the page answers the preview button (its refusal says nothing was meant to be saved) */
  previewing?: boolean;
}) {
  return (
    <Page
      title={localized(current.definition.name)}
      backLink={{ href: '/admin/case-types', label: 'cases.admin.back' }}
    >
      <h1 safe>{localized(current.definition.name)}</h1>
      <p safe>{localized(current.definition.description)}</p>
      {savedVersion ? <Alert kind="success">{t('cases.admin.saved', { version: savedVersion })}</Alert> : ''}
      <ErrorSummary
        heading={t(previewing ? 'cases.admin.previewInvalid' : 'cases.admin.invalid')}
        errors={(reasons ?? []).map((reason) => ({ field: 'definition', message: reasonWithLine(reason) }))}
      />
      {previewSvg ? (
        <>
          <h2>{t('cases.admin.previewTitle')}</h2>
          <figure class="workflow-diagram">{previewSvg}</figure>
        </>
      ) : (
        ''
      )}
      <h2>{t('cases.admin.diagram')}</h2>
      <figure class="workflow-diagram">{diagramSvg}</figure>
      <h2>{t('cases.admin.edit')}</h2>
      <WorkflowEditor code={current.code} yaml={yaml} reasons={reasons} />
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
