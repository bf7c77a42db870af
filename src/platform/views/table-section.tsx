import { DataTable, type DataTableProps } from './data-table.tsx';

/** A table under its own `<h2>`: the heading is the table's caption too, read by screen readers only. */
export function TableSection<Row>({
  heading,
  ...table
}: Omit<DataTableProps<Row>, 'caption' | 'captionHidden'> & { heading: string }) {
  return (
    <>
      <h2 safe>{heading}</h2>
      <DataTable caption={heading} captionHidden {...table} />
    </>
  );
}
