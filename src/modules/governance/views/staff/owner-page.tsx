import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { SystemOverview } from '../../governance.service.ts';
import { codeText, formatDay, RatingBadge, basisPoints } from '../format.tsx';
import { governancePaths } from '../paths.ts';
import { usageCount } from './usage-section.tsx';

const SystemLink = ({ id, name }: { id: string; name: string }) => (
  <a href={governancePaths.system(id)} safe>
    {name}
  </a>
);

/**
 * The system owner's page: their systems with last month's SLA measure, the duty reviews that are due (the user-access
 * review among them) and the contracts whose termination deadline approaches.
 */
export function OwnerPage({ overviews }: { overviews: SystemOverview[] }) {
  const due = overviews.flatMap(({ system }) =>
    system.duties.filter((duty) => duty.overdue).map((duty) => ({ ...duty, system })),
  );
  const checklist = overviews.flatMap(({ system }) => system.duties.map((duty) => ({ ...duty, system })));
  const deadlines = overviews.flatMap(({ system, contracts }) =>
    contracts.filter((contract) => contract.deadlineSoon).map((contract) => ({ ...contract, system })),
  );
  return (
    <LeadPage title={t('governance.owner.title')} lead={t('governance.owner.lead')} back="/staff">
      <TableSection
        heading={t('governance.owner.systems')}
        rows={overviews}
        empty={t('governance.owner.none')}
        columns={[
          { header: t('governance.system.name'), rowHeader: true, cell: ({ system }) => <SystemLink {...system} /> },
          { header: t('governance.system.lifecycle'), text: ({ system }) => codeText('lifecycle', system.lifecycle) },
          {
            header: t('governance.owner.sla'),
            cell: ({ lastMonth }) =>
              lastMonth ? (
                <>
                  <RatingBadge rating={lastMonth.rating} /> <span safe>{basisPoints(lastMonth.availability)}</span>
                </>
              ) : (
                <span safe>{t('governance.sla.none')}</span>
              ),
          },
          {
            header: t('governance.owner.usage'),
            text: ({ usage }) =>
              usage ? `${usageCount(usage.lastMonth)} (${codeText('usageSource', usage.source)})` : '–',
          },
        ]}
      />
      <TableSection
        heading={t('governance.owner.due')}
        rows={due}
        empty={t('governance.owner.noneDue')}
        columns={[
          { header: t('governance.duties.duty'), rowHeader: true, text: (row) => codeText('duty', row.duty) },
          { header: t('governance.system.name'), cell: (row) => <SystemLink {...row.system} /> },
          { header: t('governance.duties.nextReview'), text: (row) => formatDay(row.nextReview) },
        ]}
      />
      <TableSection
        heading={t('governance.owner.duties')}
        rows={checklist}
        columns={[
          { header: t('governance.system.name'), rowHeader: true, cell: (row) => <SystemLink {...row.system} /> },
          {
            header: t('governance.duties.duty'),
            text: (row) =>
              row.duty === 'support'
                ? `${codeText('duty', row.duty)} (${t('governance.owner.accessReview')})`
                : codeText('duty', row.duty),
          },
          { header: t('governance.duties.status'), text: (row) => codeText('dutyStatus', row.status) },
          { header: t('governance.duties.evidence'), text: (row) => row.evidence || '–' },
          { header: t('governance.duties.lastReviewed'), text: (row) => formatDay(row.lastReviewed) },
          {
            header: t('governance.duties.nextReview'),
            text: (row) =>
              row.overdue ? `${formatDay(row.nextReview)} (${t('governance.duties.due')})` : formatDay(row.nextReview),
          },
        ]}
      />
      <TableSection
        heading={t('governance.owner.deadlines')}
        rows={deadlines}
        empty={t('governance.owner.noDeadlines')}
        columns={[
          { header: t('governance.contract.contractNumber'), rowHeader: true, text: (row) => row.contractNumber },
          { header: t('governance.system.name'), cell: (row) => <SystemLink {...row.system} /> },
          { header: t('governance.contract.supplier'), text: (row) => row.supplier },
          { header: t('governance.contract.terminationDeadline'), text: (row) => formatDay(row.terminationDeadline) },
        ]}
      />
    </LeadPage>
  );
}
