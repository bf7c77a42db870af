import { escapeHtml } from '@kitajs/html';
import { t } from '../i18n/i18n.ts';
import { viewContext } from './view-context.ts';

export type SortDirection = 'asc' | 'desc';

/** The sort a list page shows: a column's sort key and its direction (`?sort=key&dir=asc|desc`). */
export interface TableSort {
  key: string;
  direction: SortDirection;
}

/** One column of a `DataTable`: a header and either plain text (escaped here) or markup for each row. */
export interface Column<Row> {
  header: string;
  /** plain text of the cell: escaped by the table */
  text?: (row: Row) => string | number | null | undefined;
  /** markup of the cell, for links, badges and row actions (escape what you put in it) */
  cell?: (row: Row) => JSX.Element;
  /** the cell names its row (`<th scope="row">`) */
  rowHeader?: boolean;
  /** figures: right-aligned */
  numeric?: boolean;
  /** a sortable column: its header links to `?sort=<sortKey>&dir=…` */
  sortKey?: string;
  /** the direction a first click on the header sorts in */
  firstDirection?: SortDirection;
  /** extra class of the column's cells */
  class?: string;
}

export interface DataTableProps<Row> {
  caption: string;
  /** the caption is read by screen readers only (the page's heading already says it) */
  captionHidden?: boolean;
  columns: Array<Column<Row>>;
  rows: Row[];
  /** shown instead of the table when there are no rows; without it an empty table is shown */
  empty?: string;
  /** the current sort, marked with `aria-sort` on its header */
  sort?: TableSort;
  /** a last column "Handlinger" with each row's actions (`RowAction`s or links) */
  actions?: (row: Row) => JSX.Element;
  zebra?: boolean;
  compact?: boolean;
}

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

function HeaderCell<Row>({ column, sort }: { column: Column<Row>; sort?: TableSort }) {
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

function BodyCell<Row>({ column, row }: { column: Column<Row>; row: Row }) {
  const content = column.cell ? column.cell(row) : escapeHtml(String(column.text?.(row) ?? ''));
  const classes = [column.numeric ? 'align-text-right' : '', column.class ?? ''].join(' ').trim() || undefined;
  if (column.rowHeader) {
    return (
      <th scope="row" class={classes}>
        {content}
      </th>
    );
  }
  return <td class={classes}>{content}</td>;
}

/**
 * A DKFDS table: caption, column headers (sortable ones as links with `aria-sort`), a row header, an empty state
 * and a column of row actions. Wide tables scroll sideways inside their own focusable box.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, captionHidden, rows, empty, sort, actions, zebra = true, compact } = props;
  if (rows.length === 0 && empty) return <p safe>{empty}</p>;
  const columns: Array<Column<Row>> = actions
    ? [...props.columns, { header: t('common.actions'), cell: actions }]
    : props.columns;
  const classes = ['table', zebra ? 'table--zebra' : '', compact ? 'table--compact' : ''].filter(Boolean).join(' ');
  return (
    <div class="table--responsive-scroll" tabindex="0">
      <table class={classes}>
        <caption class={captionHidden ? 'sr-only' : undefined} safe>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell column={column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((column) => (
                <BodyCell column={column} row={row} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
