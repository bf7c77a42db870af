import { t } from '#platform/i18n/i18n.ts';
import { TableSection } from '#platform/views/table-section.tsx';
import type { Contract } from '../../contract.service.ts';
import { codeText, formatDay, kroner } from '../format.tsx';

/** A system's contracts (a termination deadline inside the alert window marked) and their costs per year. */
export function ContractsSection({ contracts }: { contracts: Contract[] }) {
  const costs = contracts.flatMap((contract) =>
    contract.costs.map((cost) => ({ ...cost, contractNumber: contract.contractNumber })),
  );
  return (
    <>
      <TableSection
        heading={t('governance.contracts.heading')}
        rows={contracts}
        empty={t('governance.contracts.empty')}
        columns={[
          { header: t('governance.contract.contractNumber'), rowHeader: true, text: (row) => row.contractNumber },
          { header: t('governance.contract.supplier'), text: (row) => row.supplier },
          {
            header: t('governance.contract.period'),
            text: (row) => `${formatDay(row.startsOn)} – ${formatDay(row.endsOn)}`,
          },
          {
            header: t('governance.contract.terminationDeadline'),
            cell: (row) => (
              <>
                <span safe>{formatDay(row.terminationDeadline)}</span>
                {row.deadlineSoon ? (
                  <span class="badge badge-small badge-warning ml-2" safe>
                    {t('governance.contract.deadlineSoon')}
                  </span>
                ) : (
                  ''
                )}
              </>
            ),
          },
          { header: t('governance.contract.paymentModel'), text: (row) => row.paymentModel },
        ]}
      />
      <TableSection
        heading={t('governance.costs.heading')}
        rows={costs}
        empty={t('governance.costs.empty')}
        columns={[
          { header: t('governance.cost.year'), rowHeader: true, text: (cost) => String(cost.year) },
          { header: t('governance.contract.contractNumber'), text: (cost) => cost.contractNumber },
          { header: t('governance.cost.kind'), text: (cost) => codeText('costKind', cost.kind) },
          { header: t('governance.cost.payer'), text: (cost) => payerText(cost.payer) },
          { header: t('governance.cost.budget'), numeric: true, text: (cost) => kroner(cost.budgetOre) },
          { header: t('governance.cost.actual'), numeric: true, text: (cost) => kroner(cost.actualOre) },
        ]}
      />
    </>
  );
}

export const payerText = (payer: string) => (payer === 'central' ? t('governance.cost.central') : payer);
