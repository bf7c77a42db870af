import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  type FieldErrors,
  PostForm,
  fieldBinding,
} from '#platform/views/components.tsx';
import { staffRoles } from '#platform/auth/principal.ts';
import type { Department, StaffMember } from '#modules/identity/identity.service.ts';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { RowLink } from '#platform/views/row-action.tsx';

const departmentName = (departments: Department[], id: string | null) => {
  const department = departments.find((candidate) => candidate.id === id);
  return department ? department.name[currentLocale()] : t('identity.admin.noDepartment');
};

/** The columns of the list. */
function staffColumns(departments: Department[]): Array<Column<StaffMember>> {
  return [
    { header: t('identity.admin.name'), rowHeader: true, text: (member) => member.name },
    {
      header: t('identity.admin.department'),
      text: (member) => departmentName(departments, member.departmentId),
    },
    {
      header: t('identity.admin.roles'),
      text: (member) =>
        member.roles.length ? member.roles.map((role) => t(`role.${role}`)).join(', ') : t('identity.admin.none'),
    },
    {
      header: t('identity.admin.source'),
      text: (member) => t(member.rolesManagedLocally ? 'identity.admin.source.local' : 'identity.admin.source.idp'),
    },
  ];
}

export function StaffListPage({
  staff,
  departments,
  saved,
}: {
  staff: StaffMember[];
  departments: Department[];
  saved: boolean;
}) {
  return (
    <Page title={t('identity.admin.title')}>
      <h1>{t('identity.admin.title')}</h1>
      <p class="font-lead">{t('identity.admin.lead')}</p>
      {saved ? <Alert kind="success" heading={t('identity.admin.saved')} /> : ''}
      <DataTable
        caption={t('identity.admin.tableCaption')}
        rows={staff}
        columns={staffColumns(departments)}
        actions={(member) => (
          <RowLink
            href={`/admin/staff/${member.id}`}
            label={t('identity.admin.edit')}
            subject={t('identity.admin.editFor', { name: member.name })}
          />
        )}
      />
    </Page>
  );
}

export interface StaffRolesForm {
  roles: string[];
  departmentId: string;
}

export function EditStaffPage({
  member,
  departments,
  form,
  errors,
}: {
  member: StaffMember;
  departments: Department[];
  form: StaffRolesForm;
  errors: FieldErrors;
}) {
  const title = t('identity.admin.editRoles', { name: member.name });
  const field = fieldBinding(form, errors);
  return (
    <Page title={title} backLink={{ href: '/admin/staff', label: 'common.back' }}>
      <h1 safe>{title}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={`/admin/staff/${member.id}`} submit={t('common.save')} novalidate>
        <CheckboxGroup
          name="roles"
          legend={t('identity.admin.roles')}
          hint={t('identity.admin.rolesHint')}
          error={errors.roles}
          options={staffRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          values={form.roles}
        />
        <SelectField
          {...field('departmentId')}
          label={t('identity.admin.department')}
          options={[
            { value: '', label: t('identity.admin.noDepartment') },
            ...departments.map((department) => ({ value: department.id, label: department.name[currentLocale()] })),
          ]}
        />
      </PostForm>
    </Page>
  );
}
