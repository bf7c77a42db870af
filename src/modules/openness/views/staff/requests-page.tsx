import { formatDate, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import type { RequestRow } from '../../repository/request.repository.ts';
import { opennessPaths } from '../paths.ts';

export const requesterKind = (request: Pick<RequestRow, 'person_id' | 'business_id'>) =>
  request.person_id ? 'person' : request.business_id ? 'business' : 'anonymous';

/** Caseworkers: the department's requests, open ones first by deadline. */
export function RequestsPage({ requests }: { requests: RequestRow[] }) {
  return (
    <LeadPage title={t('openness.staff.title')} lead={t('openness.staff.lead')} back="/staff">
      <DataTable
        caption={t('openness.staff.caption')}
        captionHidden
        rows={requests}
        empty={t('openness.staff.empty')}
        columns={[
          { header: t('openness.staff.received'), text: (row) => formatDate(row.received_at), rowHeader: true },
          { header: t('openness.staff.deadline'), text: (row) => formatDate(row.deadline) },
          { header: t('openness.staff.case'), text: (row) => row.case_reference ?? '' },
          { header: t('openness.staff.state'), text: (row) => t(`openness.state.${row.state}`) },
          { header: t('openness.detail.kind'), text: (row) => t(`openness.kind.${row.kind}`) },
          { header: t('openness.staff.requester'), text: (row) => t(`openness.requester.${requesterKind(row)}`) },
        ]}
        actions={(row) => (
          <RowLink
            href={opennessPaths.requestDetail(row.id)}
            label={t('openness.staff.open')}
            subject={formatDate(row.received_at)}
          />
        )}
      />
    </LeadPage>
  );
}
