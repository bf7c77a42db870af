import { currentLocale, formatDateTime, t, tOr } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  TextField,
  type FieldErrors,
  PostForm,
  fieldBinding,
} from '#platform/views/components.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import { ALL_DEPARTMENTS, type Department } from '../../identity.service.ts';

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

/** A scope by its name, with the code integrators see in the API documentation. */
const scopeName = (scope: string) => `${tOr(`scope.${scope}`, scope)} (${scope})`;

const departmentName = (departments: Department[], id: string | null) =>
  id === null
    ? t('identity.apiClients.allDepartments')
    : (departments.find((department) => department.id === id)?.name[currentLocale()] ?? id);

/** The columns of the list. */
function apiClientColumns(departments: Department[]): Array<Column<ApiClientView>> {
  return [
    { header: t('identity.apiClients.name'), rowHeader: true, text: (client) => client.name },
    { header: t('identity.apiClients.department'), text: (client) => departmentName(departments, client.departmentId) },
    { header: t('identity.apiClients.scopes'), text: (client) => client.scopes.map(scopeName).join(', ') },
    { header: t('identity.apiClients.created'), text: (client) => formatDateTime(client.createdAt) },
    {
      header: t('identity.apiClients.status'),
      text: (client) => t(client.revoked ? 'identity.apiClients.revoked' : 'identity.apiClients.active'),
    },
  ];
}

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
  const field = fieldBinding(form, errors);
  return (
    <Page title={t('identity.apiClients.title')}>
      <h1>{t('identity.apiClients.title')}</h1>
      <p class="font-lead">{t('identity.apiClients.lead')}</p>
      {revoked ? <Alert kind="success" heading={t('identity.apiClients.revokedDone')} /> : ''}
      <ErrorSummary errors={errors} />
      <DataTable
        caption={t('identity.apiClients.tableCaption')}
        rows={clients}
        empty={t('identity.apiClients.none')}
        columns={apiClientColumns(departments)}
        actions={(client) => (
          <RowAction
            when={!client.revoked}
            action={`/admin/api-clients/${client.id}/revoke`}
            label={t('identity.apiClients.revoke')}
            subject={t('identity.apiClients.revokeFor', { name: client.name })}
          />
        )}
      />
      <h2>{t('identity.apiClients.create')}</h2>
      <PostForm action="/admin/api-clients" submit={t('identity.apiClients.create')} novalidate>
        <TextField
          {...field('name')}
          label={t('identity.apiClients.name')}
          hint={t('identity.apiClients.nameHint')}
          required
        />
        <SelectField
          {...field('departmentId')}
          label={t('identity.apiClients.department')}
          hint={t('identity.apiClients.departmentHint')}
          required
          options={[
            { value: '', label: t('identity.apiClients.chooseDepartment') },
            { value: ALL_DEPARTMENTS, label: t('identity.apiClients.allDepartmentsChoice') },
            ...departments.map((department) => ({ value: department.id, label: department.name[currentLocale()] })),
          ]}
        />
        <CheckboxGroup
          name="scopes"
          legend={t('identity.apiClients.scopes')}
          error={errors.scopes}
          options={scopes.map((scope) => ({ value: scope, label: scopeName(scope) }))}
          values={form.scopes}
        />
      </PostForm>
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
