import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { Alert, ErrorSummary, type FieldErrors } from '#platform/views/components.tsx';
import { type Purpose, purposeName } from '../../purpose.ts';
import type { StrategyVersion } from '../../strategy-version.ts';
import { channelsPaths } from '../paths.ts';
import { type VersionForm, VersionFormView } from './version-form.tsx';
import { VersionsTable } from './versions-table.tsx';

export interface PurposePageProps {
  purpose: Purpose;
  versions: StrategyVersion[];
  form: VersionForm;
  errors?: FieldErrors;
  saved?: boolean;
}

/** One purpose: its facts, its strategy versions, and a new version. */
export function PurposePage({ purpose, versions, form, errors = {}, saved }: PurposePageProps) {
  return (
    <Page title={purposeName(purpose)} backLink={{ href: channelsPaths.purposes, label: 'channels.admin.title' }}>
      <h1 safe>{purposeName(purpose)}</h1>
      {saved ? <Alert kind="success">{t('channels.version.saved')}</Alert> : ''}
      <SummaryList
        caption={purposeName(purpose)}
        items={[
          { label: t('channels.purpose.code'), text: purpose.code },
          { label: t('channels.purpose.kle'), text: purpose.kle ?? '–' },
          { label: t('channels.purpose.department'), text: purpose.departmentCode },
          { label: t('channels.purpose.type'), text: t(`channels.inquiryType.${purpose.inquiryType}`) },
          { label: t('channels.purpose.caseType'), text: purpose.caseTypeCode ?? '–' },
          purpose.selfserviceHref
            ? {
                label: t('channels.purpose.selfservice'),
                value: (
                  <a href={purpose.selfserviceHref} safe>
                    {purpose.selfserviceHref}
                  </a>
                ),
              }
            : false,
        ]}
      />
      <h2>{t('channels.version.history')}</h2>
      <VersionsTable versions={versions} />
      <h2>{t('channels.version.new')}</h2>
      <p>{t('channels.version.newLead')}</p>
      <ErrorSummary errors={errors} />
      <VersionFormView code={purpose.code} form={form} errors={errors} />
    </Page>
  );
}
