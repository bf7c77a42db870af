// Progressive enhancement of the workflow YAML editor: Tab indents by two spaces (Shift+Tab removes them) instead of
// leaving the field, and Enter keeps the line's indentation. Escape first lets the next Tab leave the field as usual
// (no keyboard trap, WCAG 2.1.2). Without this script the text area still edits and saves the YAML.
for (const area of document.querySelectorAll('textarea.workflow-yaml')) {
  let leaving = false;
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      leaving = true;
      return;
    }
    if (event.key === 'Tab' && !leaving) {
      event.preventDefault();
      const { selectionStart: start, selectionEnd: end, value } = area;
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      if (event.shiftKey) {
        const removable = value.slice(lineStart, lineStart + 2).match(/^ {1,2}/)?.[0].length ?? 0;
        area.setRangeText('', lineStart, lineStart + removable, 'preserve');
        area.setSelectionRange(Math.max(lineStart, start - removable), Math.max(lineStart, end - removable));
      } else area.setRangeText('  ', start, end, 'end');
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      const { selectionStart: start, value } = area;
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const indent = value.slice(lineStart, start).match(/^ */)[0];
      if (indent) {
        event.preventDefault();
        area.setRangeText(`\n${indent}`, start, area.selectionEnd, 'end');
      }
    }
    leaving = false;
  });
  area.addEventListener('blur', () => {
    leaving = false;
  });
}
