/** One line of a `SummaryList`: a label and either plain text (escaped here) or markup. */
export interface SummaryItem {
  label: string;
  text?: string | number | null;
  value?: JSX.Element;
  /** where to change this value ("Redigér", read with the label by screen readers) */
  edit?: { href: string; label: string };
}

/**
 * Facts about one thing as label–value pairs: the DKFDS structured list (a table of row headers and values).
 * Items without a value (undefined `text` and `value`) are left out, so optional facts need no condition.
 */
export function SummaryList({
  items,
  caption,
}: {
  items: Array<SummaryItem | false | null | undefined>;
  caption?: string;
}) {
  const shown = items.filter(
    (item): item is SummaryItem =>
      !!item && (item.value !== undefined || (item.text !== undefined && item.text !== null)),
  );
  const editable = shown.some((item) => item.edit);
  return (
    <div class="table--responsive-scroll" tabindex="0">
      <table class="table structured-list">
        {caption ? (
          <caption class="sr-only" safe>
            {caption}
          </caption>
        ) : (
          ''
        )}
        <tbody>
          {shown.map((item) => (
            <tr>
              <th scope="row" safe>
                {item.label}
              </th>
              {item.value !== undefined ? <td>{item.value}</td> : <td safe>{String(item.text)}</td>}
              {editable ? (
                <td class="d-print-none">
                  {item.edit ? (
                    <a href={item.edit.href}>
                      <span safe>{item.edit.label}</span>
                      <span class="sr-only" safe>{` ${item.label}`}</span>
                    </a>
                  ) : (
                    ''
                  )}
                </td>
              ) : (
                ''
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
