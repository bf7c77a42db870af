import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { Decision } from '../../architecture.service.ts';
import { codeText, formatDay } from '../format.tsx';
import { governancePaths } from '../paths.ts';

/** One decision: the proposal, the decision and its conditions, and the assessment against each principle. */
export function DecisionPage({ decision, systemName }: { decision: Decision; systemName?: string }) {
  return (
    <LeadPage title={decision.title} lead={decision.proposal} back={governancePaths.architecture}>
      <SummaryList
        caption={t('governance.decision.facts')}
        items={[
          { label: t('governance.decision.committee'), text: codeText('committee', decision.committee) },
          { label: t('governance.decision.decision'), text: codeText('decisionKind', decision.decision) },
          decision.conditions ? { label: t('governance.decision.conditions'), text: decision.conditions } : null,
          { label: t('governance.decision.decidedOn'), text: formatDay(decision.decidedOn) },
          systemName && decision.systemId
            ? {
                label: t('governance.decision.system'),
                value: (
                  <a href={governancePaths.system(decision.systemId)} safe>
                    {systemName}
                  </a>
                ),
              }
            : null,
        ]}
      />
      <TableSection
        heading={t('governance.decision.assessments')}
        rows={decision.assessments}
        columns={[
          { header: t('governance.decision.principle'), rowHeader: true, text: (row) => row.principle.name },
          { header: t('governance.decision.assessmentShort'), text: (row) => codeText('assessment', row.assessment) },
          { header: t('governance.decision.reason'), text: (row) => row.reason || '–' },
        ]}
      />
    </LeadPage>
  );
}
