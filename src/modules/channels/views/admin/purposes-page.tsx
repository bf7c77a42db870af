import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { type Purpose, purposeName } from '../../purpose.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** Administrators: the inquiry purposes with the desired channel in force today. */
export function PurposesPage({ purposes }: { purposes: Purpose[] }) {
  return (
    <Page title={t('channels.admin.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('channels.admin.title')}</h1>
      <p class="font-lead">{t('channels.admin.lead')}</p>
      <p>
        <a class="button button-secondary" href={channelsPaths.newPurpose}>
          {t('channels.newPurpose.title')}
        </a>
      </p>
      <DataTable
        caption={t('channels.admin.title')}
        captionHidden
        rows={purposes}
        columns={[
          {
            header: t('channels.purpose.name'),
            rowHeader: true,
            cell: (purpose) => (
              <a href={channelsPaths.purpose(purpose.code)} safe>
                {purposeName(purpose)}
              </a>
            ),
          },
          { header: t('channels.purpose.kle'), text: (purpose) => purpose.kle ?? '–' },
          { header: t('channels.purpose.department'), text: (purpose) => purpose.departmentCode },
          { header: t('channels.purpose.type'), text: (purpose) => t(`channels.inquiryType.${purpose.inquiryType}`) },
          { header: t('channels.figures.desired'), text: (purpose) => channelName(purpose.current?.desiredChannel) },
          { header: t('channels.purpose.validFrom'), text: (purpose) => purpose.current?.validFrom ?? '–' },
        ]}
      />
    </Page>
  );
}
