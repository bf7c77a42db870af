import { Icon } from '#platform/views/icon.tsx';
import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';

/** 409: someone changed the case after this form was opened. Nothing was saved; what the caller typed is shown so it is not lost. */
export function ConflictPage({
  caseId,
  message,
  typed,
}: {
  caseId: string;
  message: string;
  typed: Array<{ label: string; value: string }>;
}) {
  return (
    <Page title={t('cases.conflict.title')}>
      <h1>{t('cases.conflict.title')}</h1>
      <div class="alert alert-warning" role="alert">
        <Icon name="warning" label={t('alert.warning')} class="alert-icon" />
        <div class="alert-body">
          <p class="alert-text" safe>
            {message}
          </p>
        </div>
      </div>
      <p>{t('cases.conflict.nothingSaved')}</p>
      {typed.length ? (
        <>
          <h2>{t('cases.conflict.yourInput')}</h2>
          <SummaryList
            items={typed.map((entry) => ({
              label: entry.label,
              value: (
                <pre class="case-typed" safe>
                  {entry.value}
                </pre>
              ),
            }))}
          />
        </>
      ) : (
        ''
      )}
      <p>
        <a class="button button-primary" href={`/staff/cases/${caseId}`}>
          {t('cases.conflict.reload')}
        </a>
      </p>
    </Page>
  );
}
