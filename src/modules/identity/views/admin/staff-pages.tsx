import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, ErrorSummary, type FieldErrors } from '#platform/views/components.tsx';
import { staffRoles } from '#platform/auth/principal.ts';
import type { Department, StaffMember } from '#modules/identity/identity.service.ts';

const departmentName = (departments: Department[], id: string | null) => {
  const department = departments.find((candidate) => candidate.id === id);
  return department ? department.name[currentLocale()] : t('identity.admin.noDepartment');
};

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
      <div class="table--responsive-scroll">
        <table class="table table--zebra">
          <caption>{t('identity.admin.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('identity.admin.name')}</th>
              <th scope="col">{t('identity.admin.department')}</th>
              <th scope="col">{t('identity.admin.roles')}</th>
              <th scope="col">{t('identity.admin.source')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr>
                <th scope="row" safe>
                  {member.name}
                </th>
                <td safe>{departmentName(departments, member.departmentId)}</td>
                <td>
                  {member.roles.length
                    ? member.roles.map((role) => t(`role.${role}`)).join(', ')
                    : t('identity.admin.none')}
                </td>
                <td>{t(member.rolesManagedLocally ? 'identity.admin.source.local' : 'identity.admin.source.idp')}</td>
                <td>
                  <a href={`/admin/staff/${member.id}`}>
                    {t('identity.admin.edit')}
                    <span class="sr-only" safe>
                      {` ${t('identity.admin.editFor', { name: member.name })}`}
                    </span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
  return (
    <Page title={title} backLink={{ href: '/admin/staff', label: 'common.back' }}>
      <h1 safe>{title}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/admin/staff/${member.id}`} novalidate>
        <CsrfField />
        <fieldset class={errors.roles ? 'form-group form-error' : 'form-group'} aria-describedby="hint-roles">
          <legend class="form-label">{t('identity.admin.roles')}</legend>
          <span class="form-hint" id="hint-roles">
            {t('identity.admin.rolesHint')}
          </span>
          {errors.roles ? (
            <span class="form-error-message" id="error-roles">
              <span class="sr-only">{t('validation.invalid')}: </span>
              <span safe>{errors.roles}</span>
            </span>
          ) : (
            ''
          )}
          <ul class="nobullet-list" id="field-roles">
            {staffRoles.map((role) => (
              <li class="form-group-checkbox">
                <input
                  class="form-checkbox"
                  type="checkbox"
                  id={`role-${role}`}
                  name="roles"
                  value={role}
                  checked={form.roles.includes(role)}
                />
                <label for={`role-${role}`}>{t(`role.${role}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class={errors.departmentId ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-departmentId">
            {t('identity.admin.department')}
          </label>
          {errors.departmentId ? (
            <span class="form-error-message" id="error-departmentId" safe>
              {errors.departmentId}
            </span>
          ) : (
            ''
          )}
          <select class="form-select" id="field-departmentId" name="departmentId">
            <option value="" selected={!form.departmentId}>
              {t('identity.admin.noDepartment')}
            </option>
            {departments.map((department) => (
              <option value={department.id} selected={department.id === form.departmentId} safe>
                {department.name[currentLocale()]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-primary">
          {t('common.save')}
        </button>
      </form>
    </Page>
  );
}
