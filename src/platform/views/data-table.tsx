import { escapeHtml } from '@kitajs/html';
import { t } from '../i18n/i18n.ts';
import type { Column, TableSort } from './data-table-column.ts';
import { HeaderCell } from './sortable-header.tsx';

export type { Column, SortDirection, TableSort } from './data-table-column.ts';

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
