import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { SystemUsage } from '../../usage.service.ts';
import { codeText } from '../format.tsx';

export const usageCount = (count: number): string =>
  new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'da-DK').format(count);

/** How much the system is used, where Raadhus measures it (applications, letters or cases). */
export function UsageSection({ usage }: { usage?: SystemUsage }) {
  return (
    <>
      <h2 safe>{t('governance.usage.heading')}</h2>
      {usage ? (
        <SummaryList
          caption={t('governance.usage.heading')}
          items={[
            { label: t('governance.usage.measure'), text: codeText('usageSource', usage.source) },
            { label: t('governance.usage.lastMonth'), text: usageCount(usage.lastMonth) },
            { label: t('governance.usage.yearToDate'), text: usageCount(usage.yearToDate) },
          ]}
        />
      ) : (
        <p safe>{t('governance.usage.none')}</p>
      )}
    </>
  );
}
