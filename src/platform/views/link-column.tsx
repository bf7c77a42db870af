import type { Column } from './data-table-column.ts';

/** A `DataTable` column naming its row with a link to the row's own page (the link text escaped). */
export function linkColumn<Row>(header: string, href: (row: Row) => string, text: (row: Row) => string): Column<Row> {
  return {
    header,
    rowHeader: true,
    cell: (row) => (
      <a href={href(row)} safe>
        {text(row)}
      </a>
    ),
  };
}
