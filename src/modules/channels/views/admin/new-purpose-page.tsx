import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  choices,
  ErrorSummary,
  type FieldErrors,
  fieldBinding,
  PostForm,
  SelectField,
  TextField,
} from '#platform/views/components.tsx';
import { channelCodes, inquiryTypes } from '../../channel-codes.ts';
import type { PurposeInput } from '../../purpose-input.ts';
import { channelsPaths } from '../paths.ts';

export const emptyPurposeInput: PurposeInput = {
  code: '',
  nameDa: '',
  nameEn: '',
  kle: '',
  departmentCode: 'borgerservice',
  inquiryType: 'transaction',
  caseTypeCode: '',
  solutionCode: '',
  desiredChannel: 'selfservice',
};

/** Administrators: a new inquiry purpose; its strategy starts today with the desired channel only. */
export function NewPurposePage({ form, errors = {} }: { form: PurposeInput; errors?: FieldErrors }) {
  const field = fieldBinding(form, errors);
  const text = (name: keyof PurposeInput, hint?: string) => (
    <TextField {...field(name)} label={t(`channels.newPurpose.${name}`)} hint={hint} />
  );
  return (
    <Page
      title={t('channels.newPurpose.title')}
      backLink={{ href: channelsPaths.purposes, label: 'channels.admin.title' }}
    >
      <h1>{t('channels.newPurpose.title')}</h1>
      <p class="font-lead">{t('channels.newPurpose.lead')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={channelsPaths.purposes} submit={t('channels.newPurpose.save')}>
        {text('code', t('channels.newPurpose.codeHint'))}
        {text('nameDa')}
        {text('nameEn')}
        {text('kle', t('channels.newPurpose.kleHint'))}
        {text('departmentCode')}
        <SelectField
          {...field('inquiryType')}
          label={t('channels.newPurpose.inquiryType')}
          options={choices(inquiryTypes, 'channels.inquiryType')}
        />
        {text('caseTypeCode')}
        {text('solutionCode')}
        <SelectField
          {...field('desiredChannel')}
          label={t('channels.newPurpose.desiredChannel')}
          options={choices(channelCodes, 'channels.channel')}
        />
      </PostForm>
    </Page>
  );
}
