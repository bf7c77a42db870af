import { t } from '#platform/i18n/i18n.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { ItSystem } from '../../system.types.ts';
import { codeText, formatDay } from '../format.tsx';

/** What the register says about a system, and who holds which role on it. */
export function SystemFacts({ system }: { system: ItSystem }) {
  return (
    <>
      <SummaryList
        caption={t('governance.system.facts')}
        items={[
          { label: t('governance.system.supplier'), text: system.supplier },
          system.description ? { label: t('governance.system.description'), text: system.description } : null,
          { label: t('governance.system.lifecycle'), text: codeText('lifecycle', system.lifecycle) },
          { label: t('governance.system.criticality'), text: codeText('criticality', system.criticality) },
          { label: t('governance.system.hosting'), text: codeText('hosting', system.hosting) },
          { label: t('governance.system.personalData'), text: codeText('personalData', system.personalData) },
          { label: t('governance.system.users'), text: system.usersBand },
          { label: t('governance.system.departments'), text: system.departmentCodes.join(', ') || '–' },
          { label: t('governance.system.kle'), text: system.kle.join(', ') || '–' },
        ]}
      />
      <TableSection
        heading={t('governance.roles.heading')}
        rows={system.roles}
        empty={t('governance.roles.empty')}
        columns={[
          { header: t('governance.roles.role'), rowHeader: true, text: (holder) => codeText('role', holder.role) },
          { header: t('governance.roles.person'), text: (holder) => holder.name },
        ]}
      />
    </>
  );
}

/** The system owner's five duties: status, evidence, last and next review (a passed review marked as due). */
export function DutiesTable({ system }: { system: ItSystem }) {
  return (
    <TableSection
      heading={t('governance.duties.heading')}
      rows={system.duties}
      columns={[
        { header: t('governance.duties.duty'), rowHeader: true, text: (duty) => codeText('duty', duty.duty) },
        { header: t('governance.duties.status'), text: (duty) => codeText('dutyStatus', duty.status) },
        { header: t('governance.duties.evidence'), text: (duty) => duty.evidence || '–' },
        { header: t('governance.duties.lastReviewed'), text: (duty) => formatDay(duty.lastReviewed) },
        {
          header: t('governance.duties.nextReview'),
          cell: (duty) => (
            <>
              <span safe>{formatDay(duty.nextReview)}</span>
              {duty.overdue ? (
                <span class="badge badge-small ml-2" safe>
                  {t('governance.duties.due')}
                </span>
              ) : (
                ''
              )}
            </>
          ),
        },
      ]}
    />
  );
}
