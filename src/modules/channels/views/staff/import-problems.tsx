import { t } from '#platform/i18n/i18n.ts';
import { Alert, PostForm } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { ImportOutcome } from '../../telephony/telephony-import.service.ts';
import { channelsPaths } from '../paths.ts';

type Outcome = ImportOutcome & { filename: string; content: string };

/** The file's problems by line and column; nothing of the file is stored. */
export function ImportProblems({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <Alert kind="error" heading={t('channels.imports.notStored', { problems: outcome.problems.length })}>
        {outcome.encoding === 'windows-1252' ? t('channels.imports.readAsWindows') : ''}
      </Alert>
      <TableSection
        heading={t('channels.imports.problems')}
        rows={outcome.problems}
        columns={[
          {
            header: t('channels.imports.line'),
            rowHeader: true,
            numeric: true,
            text: (problem) => String(problem.line),
          },
          {
            header: t('channels.imports.column'),
            text: (problem) => (problem.field ? t(`channels.imports.column.${problem.field}`) : '–'),
          },
          { header: t('channels.imports.problem'), text: (problem) => t(problem.key, problem.values) },
        ]}
      />
    </>
  );
}

/** The user's choice after seeing the problems: store the valid rows (the file is sent back as read). */
export function ValidRowsForm({ outcome, values }: { outcome: Outcome; values: { from: string; to: string } }) {
  return (
    <PostForm
      action={channelsPaths.imports}
      kind="secondary"
      submit={t('channels.imports.importValid', { rows: outcome.valid })}
    >
      <input type="hidden" name="content" value={outcome.content} />
      <input type="hidden" name="filename" value={outcome.filename} />
      <input type="hidden" name="from" value={values.from} />
      <input type="hidden" name="to" value={values.to} />
      <input type="hidden" name="importValid" value="yes" />
    </PostForm>
  );
}
