import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField } from '#platform/views/components.tsx';
import type { PrintBatchView } from '#modules/post/print.service.ts';
import { paths } from '../paths.ts';

export function PrintPage({ batches, notice }: { batches: PrintBatchView[]; notice?: string }) {
  return (
    <Page title={t('post.print.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <h1>{t('post.print.title')}</h1>
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <p class="font-lead">{t('post.print.lead')}</p>
      {batches.length === 0 ? (
        <p>{t('post.print.none')}</p>
      ) : (
        <table class="table table--zebra">
          <caption>{t('post.print.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('post.print.created')}</th>
              <th scope="col" class="text-align-right">
                {t('post.print.letters')}
              </th>
              <th scope="col">{t('post.print.state')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr>
                <td>{formatDateTime(batch.createdAt)}</td>
                <td class="text-align-right">{String(batch.letters)}</td>
                <td>{t(`post.print.state.${batch.status}`)}</td>
                <td>
                  {batch.status === 'open' && batch.letters > 0 ? (
                    <form method="post" action={paths.printClose(batch.id)}>
                      <CsrfField />
                      <button type="submit" class="button button-secondary">
                        {t('post.print.close')}
                      </button>
                    </form>
                  ) : (
                    ''
                  )}
                  {batch.status !== 'open' && batch.letters > 0 ? (
                    <a href={paths.printDownload(batch.id)} download={`printkoersel-${batch.id.slice(0, 8)}.pdf`}>
                      {t('post.print.download')}
                    </a>
                  ) : (
                    ''
                  )}
                  {batch.status === 'closed' ? (
                    <form method="post" action={paths.printPosted(batch.id)}>
                      <CsrfField />
                      <button type="submit" class="button button-primary">
                        {t('post.print.posted')}
                      </button>
                    </form>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
