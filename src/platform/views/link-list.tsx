/** A list of links (letters, documents), each with an optional hint after it; `empty` when there are none. */
export function LinkList({
  links,
  empty,
}: {
  links: Array<{ href: string; text: string; hint?: string }>;
  empty: string;
}) {
  if (links.length === 0) return <p safe>{empty}</p>;
  return (
    <ul>
      {links.map((link) => (
        <li>
          <a href={link.href} safe>
            {link.text}
          </a>
          {link.hint ? <span class="form-hint" safe>{` ${link.hint}`}</span> : ''}
        </li>
      ))}
    </ul>
  );
}
