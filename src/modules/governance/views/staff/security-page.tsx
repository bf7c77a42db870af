import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { Page } from '#platform/views/layout.tsx';
import type { ControlStatement, Risk, ThemeProgress } from '../../security.service.ts';
import { governancePaths } from '../paths.ts';
import { RiskMatrix } from './risk-matrix.tsx';
import { ControlForm, RiskForm, type SecurityFormState } from './security-forms.tsx';
import { ProgressTable, RisksTable, StatementTable } from './security-tables.tsx';

export interface SecurityPageProps {
  /** the system, or none for the organisation's statement of applicability */
  system?: { id: string; name: string };
  risks?: Risk[];
  statement: ControlStatement[];
  progress: ThemeProgress[];
  mayChange: boolean;
  state?: SecurityFormState;
  saved?: string;
}

/** Information security of a system (risks, matrix, statement of applicability) or of the organisation. */
export function SecurityPage(props: SecurityPageProps) {
  const { system, risks, statement, progress, mayChange, state, saved } = props;
  const title = system ? t('governance.security.systemTitle', { name: system.name }) : t('governance.security.title');
  const base = system ? governancePaths.security(system.id) : governancePaths.organisationSecurity;
  return (
    <Page
      title={title}
      backLink={{ href: system ? governancePaths.system(system.id) : '/staff', label: 'common.back' }}
    >
      <h1 safe>{title}</h1>
      <p class="font-lead" safe>
        {t('governance.security.lead')}
      </p>
      {saved ? <Alert kind="success">{t(`governance.saved.${saved}`)}</Alert> : ''}
      {risks ? (
        <>
          <RisksTable risks={risks} />
          <h3 safe>{t('governance.risk.matrixHeading')}</h3>
          <RiskMatrix risks={risks} />
        </>
      ) : (
        ''
      )}
      <ProgressTable progress={progress} />
      {mayChange && risks ? <RiskForm action={`${base}/risks`} state={state} /> : ''}
      {mayChange ? <ControlForm action={`${base}/controls`} state={state} /> : ''}
      <StatementTable statement={statement} />
    </Page>
  );
}
