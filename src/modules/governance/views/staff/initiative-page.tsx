import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { choices, ErrorSummary, type FieldErrors, fieldBinding, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SelectField, TextField } from '#platform/views/text-fields.tsx';
import { focusAreas, fundings, phases, ratings } from '../../governance-codes.ts';
import { governancePaths } from '../paths.ts';

export interface InitiativePageProps {
  /** the initiative being changed; none: a new one */
  id?: string;
  values: Record<string, string>;
  people: Array<{ id: string; name: string }>;
  departments: Array<{ value: string; name: { da: string; en: string } }>;
  errors?: FieldErrors;
}

/** An initiative of the yearly action plan: focus area, department, owner, phase, status, budget and funding. */
export function InitiativePage({ id, values, people, departments, errors = {} }: InitiativePageProps) {
  const field = fieldBinding(values, errors);
  const label = (name: string) => t(`governance.initiative.${name}`);
  const locale = currentLocale() === 'en' ? 'en' : 'da';
  const choose = { value: '', label: t('governance.transfer.choose') };
  return (
    <LeadPage
      title={id ? t('governance.initiative.editTitle') : t('governance.initiative.newTitle')}
      lead={t('governance.initiative.lead')}
      back={governancePaths.plan}
    >
      <ErrorSummary errors={errors} />
      <PostForm
        action={id ? governancePaths.editInitiative(id) : governancePaths.createInitiative}
        submit={t('governance.initiative.save')}
      >
        <TextField {...field('title')} label={label('title')} required />
        <TextField {...field('year')} label={t('governance.plan.year')} inputmode="numeric" required />
        <SelectField
          {...field('focusArea')}
          label={label('focusArea')}
          options={choices(focusAreas, 'governance.focusArea')}
        />
        <SelectField
          {...field('departmentCode')}
          label={label('department')}
          options={departments.map((department) => ({ value: department.value, label: department.name[locale] }))}
        />
        <SelectField
          {...field('ownerStaffId')}
          label={label('owner')}
          options={[choose, ...people.map((person) => ({ value: person.id, label: person.name }))]}
        />
        <SelectField {...field('phase')} label={label('phase')} options={choices(phases, 'governance.phase')} />
        <SelectField {...field('status')} label={label('status')} options={choices(ratings, 'governance.rating')} />
        <TextField {...field('budget')} label={label('budgetKroner')} hint={t('governance.cost.hint')} />
        <SelectField {...field('funding')} label={label('funding')} options={choices(fundings, 'governance.funding')} />
        <TextField {...field('goLive')} type="date" label={label('goLive')} hint={t('governance.day.hint')} />
      </PostForm>
    </LeadPage>
  );
}
