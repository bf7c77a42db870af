import { ButtonLink } from '#platform/views/button-link.tsx';
import { t } from '#platform/i18n/i18n.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import type { ItSystem } from '../../system.types.ts';
import { codeText } from '../format.tsx';
import { governancePaths } from '../paths.ts';

/** Managers, system owners and IT staff: every IT system in the register, with a CSV export. */
export function SystemsPage({ systems, mayAdd = false }: { systems: ItSystem[]; mayAdd?: boolean }) {
  return (
    <LeadPage title={t('governance.systems.title')} lead={t('governance.systems.lead')} back="/staff">
      <p>
        <a href={governancePaths.systemsCsv} safe>
          {t('governance.systems.csv')}
        </a>
      </p>
      {mayAdd ? (
        <p>
          <ButtonLink href={governancePaths.newSystem}>{t('governance.editor.newLink')}</ButtonLink>
        </p>
      ) : (
        ''
      )}
      <DataTable
        caption={t('governance.systems.caption')}
        captionHidden
        rows={systems}
        empty={t('governance.systems.empty')}
        columns={[
          {
            header: t('governance.system.name'),
            rowHeader: true,
            cell: (system) => (
              <a href={governancePaths.system(system.id)} safe>
                {system.name}
              </a>
            ),
          },
          { header: t('governance.system.supplier'), text: (system) => system.supplier },
          { header: t('governance.system.lifecycle'), text: (system) => codeText('lifecycle', system.lifecycle) },
          { header: t('governance.system.criticality'), text: (system) => codeText('criticality', system.criticality) },
          {
            header: t('governance.system.personalData'),
            text: (system) => codeText('personalData', system.personalData),
          },
          { header: t('governance.role.system-owner'), text: (system) => system.owners.join(', ') || '–' },
        ]}
      />
    </LeadPage>
  );
}
