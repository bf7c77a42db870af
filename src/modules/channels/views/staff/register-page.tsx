import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxField,
  ErrorSummary,
  type FieldErrors,
  fieldBinding,
  PostForm,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from '#platform/views/components.tsx';
import { channelCodes } from '../../channel-codes.ts';
import { type Purpose, purposeName } from '../../purpose.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';
import { PurposeSearch } from './purpose-search.tsx';
import { TallyForm } from './tally-form.tsx';
import { DigitalNudge } from './digital-nudge.tsx';
import { ServiceLinkForm } from './service-link-form.tsx';
import type { ServiceLinkOffer } from '../../service-link/service-link.service.ts';

export interface RegisterForm {
  q: string;
  purpose: string;
  channel: string;
  cpr: string;
  resolved: boolean;
  couldBeDigital: boolean;
  digitalHelp: boolean;
  note: string;
  callback: boolean;
  callbackNote: string;
}

export interface RegisterPageProps {
  form: RegisterForm;
  matches: Purpose[];
  errors?: FieldErrors;
  notice?: 'registered' | 'tallied' | 'linkSent';
  /** the self-service link for the purpose just registered, when its desired channel is digital */
  nudge?: { name: string; href: string };
  today: number;
  /** the receipt of a contact registered for a person: send the self-service link (see ServiceLinkForm) */
  offer?: ServiceLinkOffer;
}

/** Staff at the desk or phone: find the purpose, check the preset answers, register. Works without JavaScript. */
export function RegisterPage({ form, matches, errors = {}, notice, nudge, today, offer }: RegisterPageProps) {
  const channels = channelCodes.map((code) => ({ value: code, label: channelName(code) }));
  const field = fieldBinding(form, errors);
  return (
    <Page title={t('channels.register.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('channels.register.title')}</h1>
      {notice ? <Alert kind="success">{t(`channels.register.notice.${notice}`)}</Alert> : ''}
      {notice === 'registered' && nudge ? <DigitalNudge {...nudge} /> : ''}
      <ErrorSummary errors={errors} />
      {offer ? <ServiceLinkForm offer={offer} error={errors.linkChannel} /> : ''}
      <p class="font-lead">{t('channels.register.today', { count: today })}</p>
      <PurposeSearch q={form.q} channel={form.channel} />
      <PostForm action={channelsPaths.register} submit={t('channels.register.submit')}>
        <input type="hidden" name="q" value={form.q} />
        {matches.length === 0 ? <p>{t('channels.register.noMatch')}</p> : ''}
        <RadioGroup
          name="purpose"
          legend={t('channels.register.purpose')}
          error={errors.purpose}
          value={form.purpose || (form.q && matches.length ? matches[0].code : undefined)}
          options={matches.map((purpose) => ({ value: purpose.code, label: purposeName(purpose) }))}
        />
        <SelectField {...field('channel')} label={t('channels.register.channel')} options={channels} />
        <CheckboxField name="resolved" label={t('channels.register.resolved')} checked={form.resolved} />
        <CheckboxField
          name="couldBeDigital"
          label={t('channels.register.couldBeDigital')}
          checked={form.couldBeDigital}
        />
        <CheckboxField name="digitalHelp" label={t('channels.register.digitalHelp')} checked={form.digitalHelp} />
        <TextField
          {...field('cpr')}
          label={t('channels.register.cpr')}
          hint={t('channels.register.cprHint')}
          inputmode="numeric"
          autocomplete="off"
        />
        <TextArea name="note" label={t('channels.register.note')} value={form.note} rows={2} error={errors.note} />
        <CheckboxField name="callback" label={t('channels.callbacks.ask')} checked={form.callback} />
        <TextArea
          name="callbackNote"
          label={t('channels.callbacks.note')}
          hint={t('channels.callbacks.noteHint')}
          value={form.callbackNote}
          rows={2}
          error={errors.callbackNote}
        />
      </PostForm>
      <TallyForm channel={form.channel} />
    </Page>
  );
}
