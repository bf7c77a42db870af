import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import {
  Alert,
  ErrorSummary,
  TextArea,
  TextField,
  type FieldErrors,
  PostForm,
  fieldBinding,
} from '#platform/views/components.tsx';
import type { TemplateView } from '#modules/notify/template.service.ts';
import { adminPaths } from './admin-paths.ts';

const templateName = (template: Pick<TemplateView, 'kind' | 'channel' | 'locale'>) =>
  t('notify.templates.name', {
    kind: t(`notify.kind.${template.kind}`),
    channel: t(`notify.channel.${template.channel}`),
    language: t(`notify.language.${template.locale}`),
  });

/** The columns of the list. */
function templateColumns(): Array<Column<TemplateView>> {
  return [
    {
      header: t('notify.templates.template'),
      rowHeader: true,
      cell: (template) => (
        <a href={adminPaths.template(template.kind, template.channel, template.locale)}>{templateName(template)}</a>
      ),
    },
    {
      header: t('notify.templates.text'),
      text: (template) => (template.body.length > 90 ? `${template.body.slice(0, 90)}…` : template.body),
    },
    { header: t('notify.templates.updated'), text: (template) => formatDateTime(template.updatedAt) },
  ];
}

export function TemplatesPage({ templates, saved }: { templates: TemplateView[]; saved: boolean }) {
  return (
    <Page title={t('notify.templates.title')} backLink={{ href: adminPaths.notifications, label: 'common.back' }}>
      <h1>{t('notify.templates.title')}</h1>
      <p class="font-lead">{t('notify.templates.lead')}</p>
      {saved ? <Alert kind="success" heading={t('notify.templates.saved')} /> : ''}
      <DataTable caption={t('notify.templates.caption')} rows={templates} columns={templateColumns()} />
    </Page>
  );
}

export function EditTemplatePage({
  template,
  form,
  errors,
}: {
  template: TemplateView;
  form: { subject: string; body: string };
  errors: FieldErrors;
}) {
  const name = templateName(template);
  const action = adminPaths.template(template.kind, template.channel, template.locale);
  const field = fieldBinding(form, errors);
  return (
    <Page title={name} backLink={{ href: adminPaths.templates, label: 'common.back' }}>
      <h1 safe>{name}</h1>
      <ErrorSummary errors={errors} />
      <p>{t('notify.templates.placeholders')}</p>
      <ul>
        {template.placeholders.map((placeholder) => (
          <li>
            <code safe>{`{{${placeholder}}}`}</code> – {t(`notify.placeholder.${placeholder}`)}
          </li>
        ))}
      </ul>
      <p>{t('notify.templates.never')}</p>
      <PostForm action={action} submit={t('notify.templates.save')} novalidate>
        {template.channel === 'email' ? (
          <TextField {...field('subject')} label={t('notify.templates.subject')} required />
        ) : (
          ''
        )}
        <TextArea
          {...field('body')}
          label={t('notify.templates.text')}
          hint={template.channel === 'sms' ? t('notify.templates.smsHint') : undefined}
          rows={template.channel === 'sms' ? 4 : 10}
          required
        />
      </PostForm>
    </Page>
  );
}
