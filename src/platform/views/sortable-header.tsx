import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';
import type { Column, SortDirection, TableSort } from './data-table-column.ts';

const sortIcons: Record<SortDirection | 'none', string> = {
  asc: '<path d="M17.9,10.5L12,4.6l-5.9,5.9H17.9z"/>',
  desc: '<path d="M6.1,13.5l5.9,5.9l5.9-5.9H6.1z"/>',
  none:
    '<path fill-rule="evenodd" clip-rule="evenodd" d="M17.9,10.5L12,4.6l-5.9,5.9H17.9z M12,6.7L14.3,9H9.7L12,6.7z"/>' +
    '<path fill-rule="evenodd" clip-rule="evenodd" d="M6.1,13.5l5.9,5.9l5.9-5.9H6.1z M12,17.3L9.7,15h4.7L12,17.3z"/>',
};

/** The DKFDS sort icon (sort-table-ascending, -descending or -none), inline so no sprite is needed. */
function SortIcon({ direction }: { direction: SortDirection | 'none' }) {
  return (
    <svg class="icon-svg mr-0 ml-2" viewBox="0 0 24 24" focusable="false" aria-hidden="true">
      {sortIcons[direction]}
    </svg>
  );
}

/** The current page's address with another sort, back on its first page. */
export function sortHref(sort: TableSort): string {
  const { path, query } = viewContext();
  const params = new URLSearchParams(query);
  params.set('sort', sort.key);
  params.set('dir', sort.direction);
  params.delete('page');
  return `${path}?${params.toString()}`;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A column's header; a sortable one links to the other direction and says the current one with `aria-sort`. */
export function HeaderCell<Row>({ column, sort }: { column: Column<Row>; sort?: TableSort }) {
  const classes = column.numeric ? 'align-text-right' : undefined;
  if (!column.sortKey) {
    return (
      <th scope="col" class={classes} safe>
        {column.header}
      </th>
    );
  }
  const current = sort?.key === column.sortKey ? sort.direction : undefined;
  const next: SortDirection = current ? (current === 'asc' ? 'desc' : 'asc') : (column.firstDirection ?? 'asc');
  return (
    <th scope="col" class={classes} aria-sort={current ? ariaSort[current] : undefined}>
      <a class="button button-unstyled" href={sortHref({ key: column.sortKey, direction: next })}>
        <span safe>{column.header}</span>
        <span class="sr-only">{` ${t(next === 'asc' ? 'table.sortAscending' : 'table.sortDescending')}`}</span>
        <SortIcon direction={current ?? 'none'} />
      </a>
    </th>
  );
}
