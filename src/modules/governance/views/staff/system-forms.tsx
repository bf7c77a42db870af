import { t } from '#platform/i18n/i18n.ts';
import { choices, ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { FileField, SelectField, TextField, TextArea } from '#platform/views/text-fields.tsx';
import { costKinds, duties, dutyStatuses, severities, systemRoles } from '../../governance-codes.ts';
import type { SystemRoleHolder } from '../../system.types.ts';
import { governancePaths } from '../paths.ts';

/** Which of the system page's forms was sent, with what was typed and what was refused. */
export interface SystemFormState {
  form: 'contract' | 'incident' | 'incident-import' | 'duty' | 'role' | 'role-remove';
  values: Record<string, string>;
  errors: FieldErrors;
}

const stateFor = (
  state: SystemFormState | undefined,
  form: SystemFormState['form'],
): { values: Record<string, string>; errors: FieldErrors } =>
  state?.form === form ? state : { values: {}, errors: {} };

export function ContractForm(props: {
  systemId: string;
  people: Array<{ value: string; label: string }>;
  payers: Array<{ value: string; label: string }>;
  state?: SystemFormState;
}) {
  const { values, errors } = stateFor(props.state, 'contract');
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.contract.${name}`);
  return (
    <>
      <h2 safe>{t('governance.contract.add')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={governancePaths.contracts(props.systemId)} submit={t('governance.contract.save')}>
        <TextField {...field('supplier')} label={label('supplier')} required />
        <TextField {...field('contractNumber')} label={label('contractNumber')} required />
        <TextField {...field('startsOn')} type="date" label={label('startsOn')} hint={t('governance.day.hint')} />
        <TextField {...field('endsOn')} type="date" label={label('endsOn')} hint={t('governance.day.hint')} />
        <TextField
          {...field('terminationDeadline')}
          type="date"
          label={label('terminationDeadline')}
          hint={t('governance.day.hint')}
        />
        <SelectField {...field('ownerStaffId')} label={label('ownerStaffId')} options={props.people} />
        <TextField {...field('paymentModel')} label={label('paymentModel')} required />
        <TextField {...field('costYear')} label={t('governance.cost.year')} inputmode="numeric" />
        <SelectField
          {...field('costKind')}
          label={t('governance.cost.kind')}
          options={choices(costKinds, 'governance.costKind')}
        />
        <SelectField {...field('costPayer')} label={t('governance.cost.payer')} options={props.payers} />
        <TextField {...field('costBudget')} label={t('governance.cost.budget')} hint={t('governance.cost.hint')} />
        <TextField {...field('costActual')} label={t('governance.cost.actual')} hint={t('governance.cost.hint')} />
      </PostForm>
    </>
  );
}

export function IncidentForm({ systemId, state }: { systemId: string; state?: SystemFormState }) {
  const { values, errors } = stateFor(state, 'incident');
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.incident.${name}`);
  return (
    <>
      <h2 safe>{t('governance.incident.add')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={governancePaths.incidents(systemId)} submit={t('governance.incident.save')}>
        <SelectField
          {...field('severity')}
          label={label('severity')}
          options={choices(severities, 'governance.severity')}
        />
        <TextField
          {...field('startedAt')}
          type="datetime-local"
          label={label('startedAt')}
          hint={t('governance.time.hint')}
        />
        <TextField
          {...field('respondedAt')}
          type="datetime-local"
          label={label('respondedAt')}
          hint={t('governance.time.hint')}
        />
        <TextField
          {...field('endedAt')}
          type="datetime-local"
          label={label('endedAt')}
          hint={t('governance.time.hint')}
        />
      </PostForm>
    </>
  );
}

export function DutyForm({ systemId, state }: { systemId: string; state?: SystemFormState }) {
  const { values, errors } = stateFor(state, 'duty');
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.duties.${name}`);
  return (
    <>
      <h2 safe>{t('governance.duties.review')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={governancePaths.duties(systemId)} submit={t('governance.duties.save')}>
        <SelectField {...field('duty')} label={label('duty')} options={choices(duties, 'governance.duty')} />
        <SelectField
          {...field('status')}
          label={label('status')}
          options={choices(dutyStatuses, 'governance.dutyStatus')}
        />
        <TextArea {...field('evidence')} label={label('evidence')} rows={3} />
        <TextField {...field('nextReview')} type="date" label={label('nextReview')} hint={t('governance.day.hint')} />
      </PostForm>
    </>
  );
}

/** An administrator gives a role on the system to someone in the staff register, or takes one back. */
export function RoleForms(props: {
  systemId: string;
  people: Array<{ value: string; label: string }>;
  holders: SystemRoleHolder[];
  state?: SystemFormState;
}) {
  const give = stateFor(props.state, 'role');
  const field = fieldBinding(give.values, give.errors);
  const remove = stateFor(props.state, 'role-remove');
  const choose = { value: '', label: t('governance.transfer.choose') };
  const held = props.holders.map((holder) => ({
    value: `${holder.role}|${holder.staffId}`,
    label: `${t(`governance.role.${holder.role}`)}: ${holder.name}`,
  }));
  return (
    <>
      <h2 safe>{t('governance.roles.give')}</h2>
      <ErrorSummary errors={give.errors} />
      <PostForm action={governancePaths.systemRoles(props.systemId)} submit={t('governance.roles.giveSubmit')}>
        <SelectField
          {...field('role')}
          label={t('governance.roles.role')}
          options={choices(systemRoles, 'governance.role')}
        />
        <SelectField {...field('staffId')} label={t('governance.roles.person')} options={[choose, ...props.people]} />
      </PostForm>
      {held.length ? (
        <>
          <h2 safe>{t('governance.roles.remove')}</h2>
          <ErrorSummary errors={remove.errors} />
          <PostForm
            action={governancePaths.removeSystemRole(props.systemId)}
            submit={t('governance.roles.removeSubmit')}
            kind="secondary"
          >
            <SelectField
              name="holder"
              value={remove.values.holder}
              error={remove.errors.holder}
              label={t('governance.roles.holder')}
              options={held}
            />
          </PostForm>
        </>
      ) : (
        ''
      )}
    </>
  );
}

/** The service desk's CSV export of the system's incidents, imported whole or not at all. */
export function IncidentImportForm({ systemId, state }: { systemId: string; state?: SystemFormState }) {
  const { errors } = stateFor(state, 'incident-import');
  return (
    <>
      <h2 safe>{t('governance.import.heading')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm
        action={`${governancePaths.incidents(systemId)}/import`}
        submit={t('governance.import.submit')}
        multipart
      >
        <FileField
          name="file"
          label={t('governance.import.file')}
          hint={t('governance.import.hint')}
          error={errors.file}
          accept=".csv,text/csv"
        />
      </PostForm>
    </>
  );
}
