import { t } from '#platform/i18n/i18n.ts';
import { PostForm } from '#platform/views/components.tsx';
import type { EditReason } from '#modules/cases/case-type-edit.ts';

/** A refused definition's reason in words, with the line it is about. */
export const reasonWithLine = (reason: EditReason) =>
  [reason.line ? t('cases.admin.line', { line: reason.line }) : '', reason.path, reason.message]
    .filter(Boolean)
    .join(': ');

/**
 * The YAML editor: a monospace text area at full width that keeps indentation (Tab indents with the script,
 * Escape then Tab leaves), the reasons against their lines, "preview the diagram" and "save" buttons.
 */
export function WorkflowEditor({ code, yaml, reasons = [] }: { code: string; yaml: string; reasons?: EditReason[] }) {
  return (
    <PostForm
      action={`/admin/case-types/${code}`}
      submit={t('cases.admin.save')}
      class="workflow-editor"
      extra={
        <button type="submit" class="button button-secondary" formaction={`/admin/case-types/${code}/preview`}>
          {t('cases.admin.preview')}
        </button>
      }
    >
      <div class={reasons.length ? 'form-group form-error' : 'form-group'}>
        <label class="form-label" for="field-definition">
          {t('cases.admin.definition')}
        </label>
        <span class="form-hint" id="hint-definition">
          {t('cases.admin.editHint')} {t('cases.admin.tabHint')}
        </span>
        {reasons.length ? (
          <ul class="form-error-message workflow-reasons" id="error-definition">
            {reasons.map((reason) => (
              <li safe>{reasonWithLine(reason)}</li>
            ))}
          </ul>
        ) : (
          ''
        )}
        <textarea
          class="form-input workflow-yaml"
          id="field-definition"
          name="definition"
          rows="30"
          spellcheck="false"
          autocapitalize="off"
          wrap="off"
          aria-describedby={reasons.length ? 'hint-definition error-definition' : 'hint-definition'}
          aria-invalid={reasons.length ? 'true' : undefined}
          safe
        >
          {yaml}
        </textarea>
      </div>
      <script src="/static/workflow-editor.js" defer></script>
    </PostForm>
  );
}
