import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { CheckboxGroup } from '#platform/views/choice-fields.tsx';
import { choices, ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SelectField, TextArea, TextField } from '#platform/views/text-fields.tsx';
import {
  criticalities,
  hostings,
  lifecycles,
  personalDataLevels,
  usageSources,
  userBands,
} from '../../governance-codes.ts';
import { governancePaths } from '../paths.ts';

/** What the system form shows: the values typed (departments as a list), and what was refused. */
export interface SystemEditorProps {
  /** the system being changed; none: a new system */
  systemId?: string;
  values: Record<string, string>;
  departmentCodes: string[];
  departments: Array<{ value: string; name: { da: string; en: string } }>;
  errors?: FieldErrors;
}

/** Add a system to the register (administrator) or correct one's facts (its owner, manager or an administrator). */
export function SystemEditorPage({ systemId, values, departmentCodes, departments, errors = {} }: SystemEditorProps) {
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.system.${name}`);
  const title = systemId
    ? t('governance.editor.editTitle', { name: values.name ?? '' })
    : t('governance.editor.newTitle');
  const locale = currentLocale() === 'en' ? 'en' : 'da';
  return (
    <LeadPage
      title={title}
      lead={t('governance.editor.lead')}
      back={systemId ? governancePaths.system(systemId) : governancePaths.systems}
    >
      <ErrorSummary errors={errors} />
      <PostForm
        action={systemId ? governancePaths.editSystem(systemId) : governancePaths.createSystem}
        submit={t('governance.editor.save')}
      >
        <TextField {...field('name')} label={label('name')} required />
        <TextField {...field('supplier')} label={label('supplier')} required />
        <TextArea {...field('description')} label={label('description')} rows={3} />
        <SelectField
          {...field('lifecycle')}
          label={label('lifecycle')}
          options={choices(lifecycles, 'governance.lifecycle')}
        />
        <SelectField
          {...field('criticality')}
          label={label('criticality')}
          options={choices(criticalities, 'governance.criticality')}
        />
        <SelectField {...field('hosting')} label={label('hosting')} options={choices(hostings, 'governance.hosting')} />
        <SelectField
          {...field('personalData')}
          label={label('personalData')}
          options={choices(personalDataLevels, 'governance.personalData')}
        />
        <SelectField
          {...field('usersBand')}
          label={label('users')}
          options={userBands.map((band) => ({ value: band, label: band }))}
        />
        <CheckboxGroup
          name="departmentCodes"
          legend={label('departments')}
          error={errors.departmentCodes}
          values={departmentCodes}
          options={departments.map((department) => ({ value: department.value, label: department.name[locale] }))}
        />
        <TextField {...field('kle')} label={label('kle')} hint={t('governance.editor.kleHint')} />
        <SelectField
          {...field('usageSource')}
          label={label('usageSource')}
          hint={t('governance.editor.usageHint')}
          options={[
            { value: '', label: t('governance.usageSource.none') },
            ...choices(usageSources, 'governance.usageSource'),
          ]}
        />
      </PostForm>
    </LeadPage>
  );
}
