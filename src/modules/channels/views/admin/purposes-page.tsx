import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { linkColumn } from '#platform/views/link-column.tsx';
import { type Purpose, purposeName } from '../../purpose.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** The columns of the list: the purpose (a link to it), its KLE number, department, type and the strategy in force. */
const purposeColumns = (): Array<Column<Purpose>> => [
  linkColumn<Purpose>(t('channels.purpose.name'), (purpose) => channelsPaths.purpose(purpose.code), purposeName),
  { header: t('channels.purpose.kle'), text: (purpose) => purpose.kle ?? '–' },
  { header: t('channels.purpose.department'), text: (purpose) => purpose.departmentCode },
  { header: t('channels.purpose.type'), text: (purpose) => t(`channels.inquiryType.${purpose.inquiryType}`) },
  { header: t('channels.figures.desired'), text: (purpose) => channelName(purpose.current?.desiredChannel) },
  { header: t('channels.purpose.validFrom'), text: (purpose) => purpose.current?.validFrom ?? '–' },
];

/** Administrators: the inquiry purposes with the desired channel in force today. */
export function PurposesPage({ purposes }: { purposes: Purpose[] }) {
  return (
    <LeadPage title={t('channels.admin.title')} lead={t('channels.admin.lead')} back="/staff">
      <p>
        <ButtonLink href={channelsPaths.newPurpose}>{t('channels.newPurpose.title')}</ButtonLink>
      </p>
      <DataTable caption={t('channels.admin.title')} captionHidden rows={purposes} columns={purposeColumns()} />
    </LeadPage>
  );
}
