import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SelectField } from '#platform/views/text-fields.tsx';
import { governancePaths } from '../paths.ts';

/** Administrators: every system role of a person who leaves, moved (or copied) to a successor in one action. */
export function RolesPage({
  staff,
  values = {},
  errors = {},
  moved,
}: {
  staff: Array<{ id: string; name: string }>;
  values?: Record<string, string>;
  errors?: FieldErrors;
  moved?: number;
}) {
  const field = fieldBinding(values, errors);
  const people = [
    { value: '', label: t('governance.transfer.choose') },
    ...staff.map(({ id, name }) => ({ value: id, label: name })),
  ];
  const modes = [
    { value: 'transfer', label: t('governance.transfer.mode.transfer') },
    { value: 'copy', label: t('governance.transfer.mode.copy') },
  ];
  return (
    <LeadPage title={t('governance.transfer.title')} lead={t('governance.transfer.lead')} back="/admin">
      {moved !== undefined ? <Alert kind="success">{t('governance.transfer.done', { count: moved })}</Alert> : ''}
      <ErrorSummary errors={errors} />
      <PostForm action={`${governancePaths.roles}/transfer`} submit={t('governance.transfer.submit')}>
        <SelectField {...field('from')} label={t('governance.transfer.from')} options={people} />
        <SelectField {...field('to')} label={t('governance.transfer.to')} options={people} />
        <SelectField {...field('mode')} label={t('governance.transfer.mode')} options={modes} />
      </PostForm>
    </LeadPage>
  );
}
