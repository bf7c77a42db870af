import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import { ALL_DEPARTMENTS, type Department } from '#modules/identity/identity.service.ts';

export interface ApiClientView {
  id: string;
  name: string;
  scopes: string[];
  /** the department the client is limited to; null: all departments */
  departmentId: string | null;
  createdAt: Date;
  revoked: boolean;
}

export interface ApiClientForm {
  name: string;
  scopes: string[];
  /** a department's id, `all` (chosen knowingly), or empty (not chosen yet: refused) */
  departmentId: string;
}

const departmentName = (departments: Department[], id: string | null) =>
  id === null
    ? t('identity.apiClients.allDepartments')
    : (departments.find((department) => department.id === id)?.name[currentLocale()] ?? id);

export function ApiClientsPage({
  clients,
  scopes,
  departments,
  form,
  errors,
  revoked,
}: {
  clients: ApiClientView[];
  scopes: string[];
  departments: Department[];
  form: ApiClientForm;
  errors: FieldErrors;
  revoked: boolean;
}) {
  return (
    <Page title={t('identity.apiClients.title')}>
      <h1>{t('identity.apiClients.title')}</h1>
      <p class="font-lead">{t('identity.apiClients.lead')}</p>
      {revoked ? <Alert kind="success" heading={t('identity.apiClients.revokedDone')} /> : ''}
      <ErrorSummary errors={errors} />
      {clients.length === 0 ? (
        <p>{t('identity.apiClients.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption>{t('identity.apiClients.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('identity.apiClients.name')}</th>
                <th scope="col">{t('identity.apiClients.department')}</th>
                <th scope="col">{t('identity.apiClients.scopes')}</th>
                <th scope="col">{t('identity.apiClients.created')}</th>
                <th scope="col">{t('identity.apiClients.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr>
                  <th scope="row" safe>
                    {client.name}
                  </th>
                  <td safe>{departmentName(departments, client.departmentId)}</td>
                  <td safe>{client.scopes.join(', ')}</td>
                  <td>{formatDateTime(client.createdAt)}</td>
                  <td>{t(client.revoked ? 'identity.apiClients.revoked' : 'identity.apiClients.active')}</td>
                  <td>
                    {client.revoked ? (
                      ''
                    ) : (
                      <form method="post" action={`/admin/api-clients/${client.id}/revoke`}>
                        <CsrfField />
                        <button type="submit" class="button button-secondary">
                          {t('identity.apiClients.revoke')}
                          <span class="sr-only" safe>
                            {` ${t('identity.apiClients.revokeFor', { name: client.name })}`}
                          </span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('identity.apiClients.create')}</h2>
      <form method="post" action="/admin/api-clients" novalidate>
        <CsrfField />
        <TextField
          name="name"
          label={t('identity.apiClients.name')}
          hint={t('identity.apiClients.nameHint')}
          value={form.name}
          error={errors.name}
          required
        />
        <SelectField
          name="departmentId"
          label={t('identity.apiClients.department')}
          hint={t('identity.apiClients.departmentHint')}
          value={form.departmentId}
          error={errors.departmentId}
          required
          options={[
            { value: '', label: t('identity.apiClients.chooseDepartment') },
            { value: ALL_DEPARTMENTS, label: t('identity.apiClients.allDepartmentsChoice') },
            ...departments.map((department) => ({ value: department.id, label: department.name[currentLocale()] })),
          ]}
        />
        <fieldset class={errors.scopes ? 'form-group form-error' : 'form-group'}>
          <legend class="form-label">{t('identity.apiClients.scopes')}</legend>
          {errors.scopes ? (
            <span class="form-error-message" id="error-scopes">
              <span class="sr-only">{t('validation.invalid')}: </span>
              <span safe>{errors.scopes}</span>
            </span>
          ) : (
            ''
          )}
          <ul class="nobullet-list" id="field-scopes">
            {scopes.map((scope, index) => (
              <li class="form-group-checkbox">
                <input
                  class="form-checkbox"
                  type="checkbox"
                  id={`scope-${index}`}
                  name="scopes"
                  value={scope}
                  checked={form.scopes.includes(scope)}
                />
                <label for={`scope-${index}`} safe>
                  {scope}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" class="button button-primary">
          {t('identity.apiClients.create')}
        </button>
      </form>
    </Page>
  );
}

/** Shown once, right after creation: the only time the key exists outside the line-of-business system. */
export function ApiKeyCreatedPage({ name, keyValue }: { name: string; keyValue: string }) {
  const heading = t('identity.apiClients.keyCreated', { name });
  return (
    <Page title={heading}>
      <h1 safe>{heading}</h1>
      <Alert kind="warning" heading={t('identity.apiClients.keyOnce')} />
      <p>
        <strong>{t('identity.apiClients.key')}:</strong>{' '}
        <code id="api-key" safe>
          {keyValue}
        </code>
      </p>
      <p>
        <a href="/admin/api-clients">{t('identity.apiClients.backToList')}</a>
      </p>
    </Page>
  );
}
