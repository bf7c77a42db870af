import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { FileField } from '#platform/views/text-fields.tsx';
import { governancePaths } from '../paths.ts';

/** Administrators: the register from OS2kitos's API JSON (all or nothing), and the register as that JSON. */
export function KitosPage({
  errors = {},
  result,
}: {
  errors?: FieldErrors;
  result?: { added: number; skipped: number };
}) {
  return (
    <LeadPage title={t('governance.kitos.title')} lead={t('governance.kitos.lead')} back="/admin">
      {result ? <Alert kind="success">{t('governance.kitos.done', result)}</Alert> : ''}
      <p>
        <a href={governancePaths.kitosExport} safe>
          {t('governance.kitos.export')}
        </a>
      </p>
      <h2 safe>{t('governance.kitos.importHeading')}</h2>
      <ErrorSummary errors={errors} />
      <PostForm action={governancePaths.kitos} submit={t('governance.kitos.submit')} multipart>
        <FileField
          name="file"
          label={t('governance.kitos.file')}
          hint={t('governance.kitos.hint')}
          error={errors.file}
          accept=".json,application/json"
        />
      </PostForm>
    </LeadPage>
  );
}
