import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { Alert } from '#platform/views/components.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import { formatPercent } from '../../views/format.ts';
import { inForce, type ServiceTarget } from '../service-target.ts';
import { serviceLevelPaths } from './paths.ts';
import { deadlineText, metricName, serviceName, targetChannelName, targetLabel } from './target-text.ts';

const columns = (today: string): Array<Column<ServiceTarget>> => [
  { header: t('channels.serviceLevels.metric'), rowHeader: true, text: metricName },
  { header: t('channels.serviceLevels.service'), text: serviceName },
  { header: t('channels.serviceLevels.channel'), text: targetChannelName },
  { header: t('channels.serviceLevels.deadline'), text: deadlineText },
  { header: t('channels.serviceLevels.target'), numeric: true, text: (target) => formatPercent(target.targetPercent) },
  { header: t('channels.serviceLevels.validFrom'), text: (target) => target.validFrom },
  {
    header: t('channels.serviceLevels.validTo'),
    text: (target) => target.validTo ?? t('channels.serviceLevels.untilFurther'),
  },
  { header: t('channels.serviceLevels.decidedBy'), text: (target) => target.decidedBy },
  { header: t('channels.serviceLevels.decisionReference'), text: (target) => target.decisionReference },
  {
    header: t('channels.serviceLevels.admin.inForce'),
    text: (target) => t(`channels.serviceLevels.admin.${inForce(target, today) ? 'yes' : 'no'}`),
  },
];

/** Administrators: every version of every target, and a new version of one (it supersedes the open one). */
export function TargetsPage({ targets, today, saved }: { targets: ServiceTarget[]; today: string; saved: boolean }) {
  return (
    <LeadPage
      title={t('channels.serviceLevels.admin.title')}
      lead={t('channels.serviceLevels.admin.lead')}
      back="/staff"
    >
      {saved ? <Alert kind="success">{t('channels.serviceLevels.admin.saved')}</Alert> : ''}
      <p>
        <ButtonLink href={serviceLevelPaths.newTarget}>{t('channels.serviceLevels.admin.new')}</ButtonLink>
      </p>
      <DataTable
        caption={t('channels.serviceLevels.admin.title')}
        captionHidden
        rows={targets}
        columns={columns(today)}
        actions={(target) => (
          <RowLink
            href={`${serviceLevelPaths.newTarget}?supersedes=${encodeURIComponent(target.id)}`}
            label={t('channels.serviceLevels.admin.supersede')}
            subject={`${targetLabel(target)} ${target.validFrom}`}
          />
        )}
      />
    </LeadPage>
  );
}
