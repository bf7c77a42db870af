import { t } from '#platform/i18n/i18n.ts';
import { TableSection } from '#platform/views/table-section.tsx';
import { riskLevel } from '../../risk-rules.ts';
import type { ControlStatement, Risk, ThemeProgress } from '../../security.service.ts';
import { codeText, formatDay } from '../format.tsx';

const score = (likelihood: number, consequence: number) =>
  `${likelihood} × ${consequence} = ${likelihood * consequence} (${codeText('riskLevel', riskLevel(likelihood, consequence))})`;

export function RisksTable({ risks }: { risks: Risk[] }) {
  return (
    <TableSection
      heading={t('governance.risks.heading')}
      rows={risks}
      empty={t('governance.risks.empty')}
      columns={[
        { header: t('governance.risk.threat'), rowHeader: true, text: (risk) => risk.threat },
        {
          header: t('governance.risk.affects'),
          text: (risk) => risk.affects.map((p) => codeText('property', p)).join(', '),
        },
        { header: t('governance.risk.inherent'), text: (risk) => score(risk.likelihood, risk.consequence) },
        { header: t('governance.risk.measures'), text: (risk) => risk.measures || '–' },
        {
          header: t('governance.risk.residual'),
          text: (risk) => score(risk.residualLikelihood, risk.residualConsequence),
        },
        { header: t('governance.risk.nextRevision'), text: (risk) => formatDay(risk.nextRevision) },
      ]}
    />
  );
}

export function ProgressTable({ progress }: { progress: ThemeProgress[] }) {
  return (
    <TableSection
      heading={t('governance.controls.progress')}
      rows={progress}
      columns={[
        { header: t('governance.controls.theme'), rowHeader: true, text: (row) => codeText('theme', row.theme) },
        {
          header: t('governance.controls.implemented'),
          numeric: true,
          text: (row) => `${row.implemented} / ${row.applicable}`,
        },
        { header: t('governance.controls.notApplicable'), numeric: true, text: (row) => row.notApplicable },
      ]}
    />
  );
}

export function StatementTable({ statement }: { statement: ControlStatement[] }) {
  return (
    <TableSection
      heading={t('governance.controls.heading')}
      rows={statement}
      compact
      columns={[
        { header: t('governance.control.code'), rowHeader: true, text: (row) => row.code },
        { header: t('governance.control.title'), text: (row) => row.title },
        {
          header: t('governance.control.applicable'),
          text: (row) => t(row.applicable ? 'governance.yes' : 'governance.no'),
        },
        { header: t('governance.control.status'), text: (row) => codeText('controlStatus', row.status) },
        { header: t('governance.control.reason'), text: (row) => row.reason || '–' },
      ]}
    />
  );
}
