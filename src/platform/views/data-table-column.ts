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
