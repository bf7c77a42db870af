import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';

/** Previous/next paging links that keep the current query. */
export function Pagination({ page, hasNext, baseQuery = '' }: { page: number; hasNext: boolean; baseQuery?: string }) {
  const { path } = viewContext();
  const link = (target: number) => {
    const params = new URLSearchParams(baseQuery);
    params.set('page', String(target));
    return `${path}?${params.toString()}`;
  };
  if (page <= 1 && !hasNext) return '';
  return (
    <nav class="pagination" aria-label={t('common.page', { page })}>
      <ul class="pagination__items">
        {page > 1 ? (
          <li class="pagination-item">
            <a href={link(page - 1)} class="button button-arrow button-previous">
              {t('common.previous')}
            </a>
          </li>
        ) : (
          ''
        )}
        <li class="pagination-item pagination-number">{t('common.page', { page })}</li>
        {hasNext ? (
          <li class="pagination-item">
            <a href={link(page + 1)} class="button button-arrow button-next">
              {t('common.next')}
            </a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
