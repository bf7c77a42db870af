import { t } from '#platform/i18n/i18n.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { FilterForm, type FieldErrors } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { TextField } from '#platform/views/text-fields.tsx';
import type { Decision, Principle } from '../../architecture.service.ts';
import { codeText, formatDay } from '../format.tsx';
import { governancePaths } from '../paths.ts';
import { DecisionForm } from './decision-form.tsx';

export interface ArchitecturePageProps {
  principles: Principle[];
  decisions: Decision[];
  query: string;
  /** the form, for those who record decisions */
  form?: { systems: Array<{ value: string; label: string }>; values?: Record<string, string>; errors?: FieldErrors };
}

/** The architecture principles and the searchable decision log, with the committee's form. */
export function ArchitecturePage({ principles, decisions, query, form }: ArchitecturePageProps) {
  return (
    <LeadPage title={t('governance.architecture.title')} lead={t('governance.architecture.lead')} back="/staff">
      <h2 safe>{t('governance.principles.heading')}</h2>
      <ol>
        {principles.map((principle) => (
          <li safe>{principle.name}</li>
        ))}
      </ol>
      <h2 safe>{t('governance.decisions.heading')}</h2>
      <FilterForm
        action={governancePaths.architecture}
        submit={t('governance.decisions.search')}
        fields={[<TextField name="q" value={query} label={t('governance.decisions.query')} />]}
      />
      <DataTable
        caption={t('governance.decisions.heading')}
        captionHidden
        rows={decisions}
        empty={t('governance.decisions.empty')}
        columns={[
          { header: t('governance.decision.decidedOn'), text: (row) => formatDay(row.decidedOn) },
          {
            header: t('governance.decision.title'),
            rowHeader: true,
            cell: (row) => (
              <a href={governancePaths.decision(row.id)} safe>
                {row.title}
              </a>
            ),
          },
          { header: t('governance.decision.committee'), text: (row) => codeText('committee', row.committee) },
          { header: t('governance.decision.decision'), text: (row) => codeText('decisionKind', row.decision) },
        ]}
      />
      {form ? <DecisionForm principles={principles} {...form} /> : ''}
    </LeadPage>
  );
}
