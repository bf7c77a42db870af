import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { Page } from '#platform/views/layout.tsx';
import type { SystemOverview } from '../../governance.service.ts';
import { governancePaths } from '../paths.ts';
import { ContractsSection } from './contracts-section.tsx';
import { SlaSection } from './sla-section.tsx';
import { UsageSection } from './usage-section.tsx';
import { DutiesTable, SystemFacts } from './system-facts.tsx';
import {
  ContractForm,
  DutyForm,
  IncidentForm,
  IncidentImportForm,
  RoleForms,
  type SystemFormState,
} from './system-forms.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';

export interface SystemPageProps {
  overview: SystemOverview;
  /** the forms, for those who may change the system */
  forms?: { people: Array<{ value: string; label: string }>; payers: Array<{ value: string; label: string }> };
  /** an administrator's role forms: whom a role can be given to */
  roleForms?: { people: Array<{ value: string; label: string }> };
  state?: SystemFormState;
  saved?: string;
}

/** One IT system: facts, roles, the five duties, contracts and costs, the SLA and last month's measure. */
export function SystemPage({ overview, forms, roleForms, state, saved }: SystemPageProps) {
  const { system } = overview;
  return (
    <Page title={system.name} backLink={{ href: governancePaths.systems, label: 'common.back' }}>
      <h1 safe>{system.name}</h1>
      {saved ? <Alert kind="success">{t(`governance.saved.${saved}`)}</Alert> : ''}
      <p>
        <a href={governancePaths.security(system.id)} safe>
          {t('governance.security.systemLink')}
        </a>
      </p>
      {forms ? (
        <p>
          <ButtonLink href={governancePaths.editSystem(system.id)}>{t('governance.editor.editLink')}</ButtonLink>
        </p>
      ) : (
        ''
      )}
      <SystemFacts system={system} />
      <DutiesTable system={system} />
      <ContractsSection contracts={overview.contracts} />
      <SlaSection sla={overview.sla} lastMonth={overview.lastMonth} />
      <UsageSection usage={overview.usage} />
      {roleForms ? (
        <RoleForms systemId={system.id} people={roleForms.people} holders={system.roles} state={state} />
      ) : (
        ''
      )}
      {forms ? (
        <>
          <DutyForm systemId={system.id} state={state} />
          <ContractForm systemId={system.id} people={forms.people} payers={forms.payers} state={state} />
          <IncidentForm systemId={system.id} state={state} />
          <IncidentImportForm systemId={system.id} state={state} />
        </>
      ) : (
        ''
      )}
    </Page>
  );
}
