import { formatDate, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { Alert } from '#platform/views/alert.tsx';
import type { FieldErrors } from '#platform/views/form.tsx';
import type { RequestView } from './request-view.ts';
import { opennessPaths } from '../paths.ts';
import { requesterKind } from './requests-page.tsx';
import { DecisionForm, ExtensionForm, RedactionForm } from './request-forms.tsx';

/** Caseworkers: one request, its documents in full, what is withheld, and the forms to withhold and decide. */
export function RequestPage(props: {
  view: RequestView;
  notice?: string;
  link?: { href: string; expires: Date };
  errors?: FieldErrors;
  form?: 'redaction' | 'decision' | 'extension';
  values?: Record<string, string | string[] | undefined>;
}) {
  const { request, entries, redactions } = props.view;
  const titleOf = (entryId: string) => entries.find((entry) => entry.id === entryId)?.document_title ?? '';
  return (
    <Page title={t('openness.detail.title')} backLink={{ href: opennessPaths.requests, label: 'common.back' }}>
      <h1 safe>{t('openness.detail.title')}</h1>
      {props.notice ? <Alert kind="success">{t(props.notice)}</Alert> : ''}
      {props.link ? (
        <p>
          <a href={props.link.href} safe>
            {t('openness.detail.link', { expires: formatDate(props.link.expires) })}
          </a>
        </p>
      ) : (
        ''
      )}
      <SummaryList
        items={[
          { label: t('openness.staff.case'), text: request.case_reference ?? undefined },
          { label: t('openness.staff.received'), text: formatDate(request.received_at) },
          { label: t('openness.staff.deadline'), text: formatDate(request.deadline) },
          { label: t('openness.detail.expectedAt'), text: request.expected_at ?? undefined },
          { label: t('openness.staff.state'), text: t(`openness.state.${request.state}`) },
          { label: t('openness.detail.kind'), text: t(`openness.kind.${request.kind}`) },
          { label: t('openness.staff.requester'), text: t(`openness.requester.${requesterKind(request)}`) },
          { label: t('openness.detail.description'), text: request.description || undefined },
          request.decision && { label: t('openness.detail.decision'), text: t(`openness.decide.${request.decision}`) },
        ]}
      />
      <h2 safe>{t('openness.detail.documents')}</h2>
      <>
        {entries.map((entry) => (
          <section>
            <h3 safe>{`${entry.case_reference}: ${entry.document_title}`}</h3>
            <p class="form-hint" safe>
              {[
                t(`openness.detail.source.${entry.source}`),
                entry.filename ? t('openness.detail.file', { filename: entry.filename }) : '',
                entry.source !== 'letter' && entry.internal ? t('openness.detail.internal') : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {entry.document_text ? (
              <pre style="white-space: pre-wrap" safe>
                {entry.document_text}
              </pre>
            ) : (
              ''
            )}
          </section>
        ))}
      </>
      <h2 safe>{t('openness.detail.redactions')}</h2>
      <DataTable
        caption={t('openness.detail.redactions')}
        captionHidden
        rows={redactions}
        empty={t('openness.detail.noRedactions')}
        columns={[
          { header: t('openness.redact.entry'), text: (row) => titleOf(row.document_id), rowHeader: true },
          { header: t('openness.redact.passage'), text: (row) => row.passage },
          { header: t('openness.redact.ground'), text: (row) => t(`openness.ground.${row.legal_ground}`) },
        ]}
      />
      {request.state === 'decided' ? (
        ''
      ) : (
        <>
          <RedactionForm
            view={props.view}
            errors={props.form === 'redaction' ? props.errors : {}}
            values={props.values}
          />
          {request.state === 'received' ? (
            <ExtensionForm
              view={props.view}
              errors={props.form === 'extension' ? props.errors : {}}
              values={props.values}
            />
          ) : (
            ''
          )}
          <DecisionForm
            view={props.view}
            errors={props.form === 'decision' ? props.errors : {}}
            values={props.values}
          />
        </>
      )}
    </Page>
  );
}
