import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { CsrfField, TextArea, TextField, SelectField, type FieldErrors } from '#platform/views/components.tsx';
import type { CaseDetail } from '#modules/cases/cases.types.ts';
import { formatSize, localized } from '../case-format.tsx';

export function PartiesSection({ detail }: { detail: CaseDetail }) {
  return (
    <section aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t('cases.parties.title')}</h2>
      <table class="table">
        <caption class="sr-only">{t('cases.parties.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.parties.name')}</th>
            <th scope="col">{t('cases.parties.role')}</th>
            <th scope="col">{t('cases.parties.identifier')}</th>
            <th scope="col">{t('cases.parties.address')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.parties.map((party) => (
            <tr>
              <th scope="row" safe>
                {party.name}
              </th>
              <td>{t(`cases.parties.role.${party.role}`)}</td>
              <td safe>{party.identifier}</td>
              <td safe>{party.address ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="form-hint">{t('cases.parties.audited')}</p>
    </section>
  );
}

export function DocumentsSection({ detail, errors }: { detail: CaseDetail; errors: FieldErrors }) {
  const types = [
    ...detail.requiredDocuments.map((requirement) => ({
      value: requirement.type,
      label: localized(requirement.label),
    })),
    { value: 'attachment', label: t('cases.documents.type.attachment') },
  ];
  const typeLabel = (type: string) => types.find((candidate) => candidate.value === type)?.label ?? type;
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('cases.documents.title')}</h2>
      {detail.requiredDocuments.length ? (
        <>
          <h3 class="h5">{t('cases.documents.required')}</h3>
          <ul>
            {detail.requiredDocuments.map((requirement) => (
              <li
                safe
              >{`${localized(requirement.label)}: ${requirement.present ? t('cases.documents.present') : t('cases.documents.missing')}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {detail.documents.length === 0 ? (
        <p>{t('cases.documents.none')}</p>
      ) : (
        <table class="table">
          <caption class="sr-only">{t('cases.documents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.documents.name')}</th>
              <th scope="col">{t('cases.documents.type')}</th>
              <th scope="col">{t('cases.documents.versions')}</th>
              <th scope="col">{t('cases.documents.shared')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.documents.map((document) => (
              <tr>
                <th scope="row" safe>
                  {document.title}
                </th>
                <td safe>{typeLabel(document.documentType)}</td>
                <td>
                  <ul class="unstyled-list">
                    {document.versions.map((version) => (
                      <li>
                        <a
                          href={`/staff/cases/${detail.id}/documents/${document.id}/download?version=${version.version}`}
                          safe
                        >
                          {`${t('cases.documents.version', { version: version.version })}: ${version.filename} (${formatSize(version.size)})`}
                        </a>{' '}
                        <a
                          href={`/staff/cases/${detail.id}/documents/${document.id}/download?version=${version.version}&view=inline`}
                        >
                          {t('cases.documents.view')}
                          <span class="sr-only" safe>{` ${version.filename}`}</span>
                        </a>
                        <span
                          class="form-hint"
                          safe
                        >{` ${formatDateTime(version.createdAt)} · ${version.createdBy}`}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <form method="post" action={`/staff/cases/${detail.id}/documents/${document.id}/share`}>
                    <CsrfField />
                    <input type="hidden" name="shared" value={document.sharedWithParties ? 'false' : 'true'} />
                    <span>{document.sharedWithParties ? t('common.yes') : t('common.no')}</span>{' '}
                    <button type="submit" class="button button-secondary button-small">
                      {document.sharedWithParties ? t('cases.documents.unshare') : t('cases.documents.share')}
                      <span class="sr-only" safe>{` ${document.title}`}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`/staff/cases/${detail.id}/documents`} enctype="multipart/form-data" class="mb-6">
        <CsrfField />
        <h3 class="h5">{t('cases.documents.upload')}</h3>
        <div class={errors.file ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-file">
            {t('cases.documents.file')}
          </label>
          <span class="form-hint" id="hint-file">
            {t('cases.documents.fileHint')}
          </span>
          {errors.file ? (
            <span class="form-error-message" id="error-file" safe>
              {errors.file}
            </span>
          ) : (
            ''
          )}
          <input
            class="form-input"
            type="file"
            id="field-file"
            name="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            required
            aria-describedby={errors.file ? 'hint-file error-file' : 'hint-file'}
          />
        </div>
        <SelectField name="documentType" label={t('cases.documents.type')} options={types} />
        <TextField name="documentTitle" label={t('cases.documents.titleLabel')} hint={t('cases.documents.titleHint')} />
        {detail.documents.length ? (
          <SelectField
            name="documentId"
            label={t('cases.documents.newVersionOf')}
            options={[
              { value: '', label: t('cases.documents.newDocument') },
              ...detail.documents.map((document) => ({ value: document.id, label: document.title })),
            ]}
          />
        ) : (
          ''
        )}
        <div class="form-group">
          <div class="form-group-checkbox">
            <input class="form-checkbox" type="checkbox" id="field-shared" name="shared" value="true" />
            <label for="field-shared">{t('cases.documents.shareOnUpload')}</label>
          </div>
        </div>
        <button type="submit" class="button button-secondary">
          {t('cases.documents.uploadSubmit')}
        </button>
      </form>
    </section>
  );
}

export function TasksSection({
  detail,
  colleagues,
  errors,
  values = {},
}: {
  detail: CaseDetail;
  colleagues: Array<{ id: string; name: string }>;
  errors: FieldErrors;
  values?: Record<string, string>;
}) {
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('cases.tasks.title')}</h2>
      {detail.tasks.length === 0 ? (
        <p>{t('cases.tasks.none')}</p>
      ) : (
        <table class="table">
          <caption class="sr-only">{t('cases.tasks.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.tasks.task')}</th>
              <th scope="col">{t('cases.tasks.due')}</th>
              <th scope="col">{t('cases.tasks.assignee')}</th>
              <th scope="col">{t('cases.tasks.status')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.tasks.map((task) => (
              <tr>
                <th scope="row" safe>
                  {task.title}
                </th>
                <td>
                  {task.dueAt ? formatDate(task.dueAt) : '–'}
                  {task.overdue ? <span class="badge badge-small ml-2">{t('cases.deadline.overdue')}</span> : ''}
                </td>
                <td safe>{task.assigneeName ?? (task.role ? t(`role.${task.role}`) : '–')}</td>
                <td>
                  {task.doneAt ? (
                    t('cases.tasks.done', { date: formatDate(task.doneAt) })
                  ) : (
                    <form method="post" action={`/staff/cases/${detail.id}/tasks/${task.id}/done`}>
                      <CsrfField />
                      <button type="submit" class="button button-secondary button-small">
                        {t('cases.tasks.markDone')}
                        <span class="sr-only" safe>{` ${task.title}`}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`/staff/cases/${detail.id}/tasks`} class="mb-6">
        <CsrfField />
        <h3 class="h5">{t('cases.tasks.add')}</h3>
        <TextField
          name="taskTitle"
          label={t('cases.tasks.task')}
          value={values.taskTitle}
          error={errors.taskTitle}
          required
        />
        <TextField name="dueDate" type="date" label={t('cases.tasks.due')} error={errors.dueDate} />
        <SelectField
          name="assigneeId"
          label={t('cases.tasks.assignee')}
          error={errors.assigneeId}
          options={[
            { value: '', label: t('cases.assignee.nobody') },
            ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.name })),
          ]}
        />
        <button type="submit" class="button button-secondary">
          {t('cases.tasks.addSubmit')}
        </button>
      </form>
    </section>
  );
}

export function NotesSection({
  detail,
  errors,
  values = {},
}: {
  detail: CaseDetail;
  errors: FieldErrors;
  values?: Record<string, string>;
}) {
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('cases.notes.title')}</h2>
      <p class="form-hint">{t('cases.notes.internal')}</p>
      {detail.notes.map((note) => (
        <div class="mb-4">
          <p class="mb-0" safe>
            {note.body}
          </p>
          <p class="form-hint mt-1" safe>{`${formatDateTime(note.createdAt)} · ${note.authorName}`}</p>
        </div>
      ))}
      <form method="post" action={`/staff/cases/${detail.id}/notes`} class="mb-6">
        <CsrfField />
        <TextArea name="body" label={t('cases.notes.add')} value={values.body} error={errors.body} rows={3} required />
        <button type="submit" class="button button-secondary">
          {t('cases.notes.addSubmit')}
        </button>
      </form>
    </section>
  );
}

export function HandOffSection({
  detail,
  departments,
  errors,
}: {
  detail: CaseDetail;
  departments: Array<{ id: string; code: string; name: { da: string; en: string } }>;
  errors: FieldErrors;
}) {
  if (detail.closedAt) return '';
  return (
    <section aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">{t('cases.handOff.title')}</h2>
      <form method="post" action={`/staff/cases/${detail.id}/hand-off`} class="mb-6">
        <CsrfField />
        <input type="hidden" name="version" value={String(detail.version)} />
        <SelectField
          name="department"
          label={t('cases.handOff.department')}
          error={errors.department}
          options={departments
            .filter((department) => department.id !== detail.departmentId)
            .map((department) => ({ value: department.code, label: localized(department.name) }))}
        />
        <TextField name="reason" label={t('cases.handOff.reason')} error={errors.reason} required />
        <button type="submit" class="button button-secondary">
          {t('cases.handOff.submit')}
        </button>
      </form>
    </section>
  );
}
