import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField } from '#platform/views/components.tsx';
import type { CaseTypeVersionView } from '#modules/cases/case-types.service.ts';
import { localized } from '../case-format.tsx';

type Duration = { amount: number; unit: 'working_days' | 'calendar_days' } | null;
const durationText = (duration: Duration) =>
  duration ? t(`cases.admin.duration.${duration.unit}`, { amount: duration.amount }) : t('cases.admin.none');

/** Administrators: the case types in use, each with its current workflow version and where it came from. */
export function CaseTypesPage({ caseTypes }: { caseTypes: CaseTypeVersionView[] }) {
  return (
    <Page title={t('cases.admin.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('cases.admin.title')}</h1>
      <p class="font-lead">{t('cases.admin.lead')}</p>
      <div class="table--responsive-scroll">
        <table class="table table--zebra">
          <caption class="sr-only">{t('cases.admin.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.admin.name')}</th>
              <th scope="col">{t('cases.admin.kle')}</th>
              <th scope="col">{t('cases.admin.form')}</th>
              <th scope="col">{t('cases.admin.department')}</th>
              <th scope="col">{t('cases.admin.legalDeadline')}</th>
              <th scope="col">{t('cases.admin.serviceLevel')}</th>
              <th scope="col">{t('cases.admin.version')}</th>
            </tr>
          </thead>
          <tbody>
            {caseTypes.map((type) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/case-types/${type.code}`} safe>
                    {localized(type.definition.name)}
                  </a>
                </th>
                <td safe>{type.definition.kle}</td>
                <td safe>{type.definition.formProcess}</td>
                <td safe>{type.definition.departmentCode}</td>
                <td>{durationText(type.definition.legalDeadline)}</td>
                <td>{durationText(type.definition.serviceLevel)}</td>
                <td>{`${type.version} (${t(`cases.admin.origin.${type.origin}`)})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
  return (
    <Page
      title={localized(current.definition.name)}
      backLink={{ href: '/admin/case-types', label: 'cases.admin.back' }}
    >
      <h1 safe>{localized(current.definition.name)}</h1>
      <p safe>{localized(current.definition.description)}</p>
      {savedVersion ? <Alert kind="success">{t('cases.admin.saved', { version: savedVersion })}</Alert> : ''}
      {reasons?.length ? (
        <div class="alert alert-error" role="alert" aria-labelledby="invalid-heading">
          <div class="alert-body">
            <p class="alert-heading" id="invalid-heading">
              {t('cases.admin.invalid')}
            </p>
            <ul class="alert-text">
              {reasons.map((reason) => (
                <li>
                  <a href="#field-definition" class="function-link" safe>
                    {reason.path ? `${reason.path}: ${reason.message}` : reason.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        ''
      )}
      <h2>{t('cases.admin.diagram')}</h2>
      <figure class="workflow-diagram">{diagramSvg}</figure>
      <h2>{t('cases.admin.edit')}</h2>
      <form method="post" action={`/admin/case-types/${current.code}`}>
        <CsrfField />
        <div class={reasons?.length ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-definition">
            {t('cases.admin.definition')}
          </label>
          <span class="form-hint" id="hint-definition">
            {t('cases.admin.editHint')}
          </span>
          <textarea
            class="form-input workflow-yaml"
            id="field-definition"
            name="definition"
            rows="30"
            spellcheck="false"
            aria-describedby="hint-definition"
            aria-invalid={reasons?.length ? 'true' : undefined}
            safe
          >
            {yaml}
          </textarea>
        </div>
        <button type="submit" class="button button-primary">
          {t('cases.admin.save')}
        </button>
      </form>
      <h2>{t('cases.admin.history')}</h2>
      <table class="table">
        <caption class="sr-only">{t('cases.admin.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.admin.version')}</th>
            <th scope="col">{t('cases.admin.createdAt')}</th>
            <th scope="col">{t('cases.admin.createdBy')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((version) => (
            <tr>
              <th scope="row">{`${version.version} (${t(`cases.admin.origin.${version.origin}`)}, ${t('cases.field.workflowVersion', { version: version.definition.workflow.version })})`}</th>
              <td>{formatDateTime(version.createdAt)}</td>
              <td safe>{version.createdBy ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
