import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import {
  choices,
  ErrorSummary,
  type FieldErrors,
  fieldBinding,
  PostForm,
  SelectField,
  TextField,
} from '#platform/views/components.tsx';
import { channelCodes } from '../../channel-codes.ts';
import { channelName } from '../../views/format.ts';
import { metrics, serviceKinds } from '../service-target.ts';
import type { TargetForm } from '../target-input.ts';
import { serviceLevelPaths } from './paths.ts';

/** A new target, or a new version of one (the form filled in from the version it supersedes). */
export function TargetFormPage({ form, errors = {} }: { form: TargetForm; errors?: FieldErrors }) {
  const field = fieldBinding(form, errors);
  const channels = [{ value: 'any', label: t('channels.serviceLevels.anyChannel') }].concat(
    channelCodes.map((value) => ({ value, label: channelName(value) })),
  );
  return (
    <LeadPage
      title={t('channels.serviceLevels.admin.new')}
      lead={t('channels.serviceLevels.admin.newLead')}
      back={serviceLevelPaths.targets}
    >
      <ErrorSummary errors={errors} />
      <PostForm action={serviceLevelPaths.targets} submit={t('channels.serviceLevels.admin.save')}>
        <SelectField
          {...field('metric')}
          label={t('channels.serviceLevels.metric')}
          options={choices(metrics, 'channels.serviceLevels.metric')}
        />
        <SelectField
          {...field('serviceKind')}
          label={t('channels.serviceLevels.serviceKind')}
          options={choices(serviceKinds, 'channels.serviceLevels.serviceKind')}
        />
        <TextField
          {...field('serviceCode')}
          label={t('channels.serviceLevels.serviceCode')}
          hint={t('channels.serviceLevels.serviceCodeHint')}
        />
        <SelectField {...field('channel')} label={t('channels.serviceLevels.channel')} options={channels} />
        <TextField
          {...field('withinDays')}
          label={t('channels.serviceLevels.withinDaysLabel')}
          hint={t('channels.serviceLevels.withinDaysHint')}
          inputmode="numeric"
          classes="input-width-xs"
        />
        <TextField
          {...field('withinAmount')}
          label={t('channels.serviceLevels.withinAmountLabel')}
          hint={t('channels.serviceLevels.withinAmountHint')}
          inputmode="numeric"
          classes="input-width-xs"
        />
        <TextField
          {...field('targetPercent')}
          label={t('channels.serviceLevels.targetPercent')}
          inputmode="numeric"
          classes="input-width-xs"
        />
        <TextField
          {...field('noticeDays')}
          label={t('channels.serviceLevels.noticeDays')}
          hint={t('channels.serviceLevels.noticeDaysHint')}
          inputmode="numeric"
          classes="input-width-xs"
        />
        <TextField
          {...field('validFrom')}
          type="date"
          label={t('channels.serviceLevels.validFrom')}
          hint={t('channels.serviceLevels.validFromHint')}
        />
        <TextField {...field('validTo')} type="date" label={t('channels.serviceLevels.validTo')} />
        <TextField {...field('decidedBy')} label={t('channels.serviceLevels.decidedBy')} />
        <TextField {...field('decisionReference')} label={t('channels.serviceLevels.decisionReference')} />
      </PostForm>
    </LeadPage>
  );
}
