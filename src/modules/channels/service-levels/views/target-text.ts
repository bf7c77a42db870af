import { t } from '#platform/i18n/i18n.ts';
import { channelName } from '../../views/format.ts';
import type { ServiceTarget, TargetKey } from '../service-target.ts';

/** The words a target is shown with on every page and in the CSV. */
export const metricName = (key: TargetKey): string => t(`channels.serviceLevels.metric.${key.metric}`);

export const serviceName = (key: TargetKey): string =>
  key.serviceKind === 'all' ? t('channels.serviceLevels.allServices') : key.serviceCode;

export const targetChannelName = (key: TargetKey): string =>
  key.channel === 'any' ? t('channels.serviceLevels.anyChannel') : channelName(key.channel);

export const deadlineText = (target: Pick<ServiceTarget, 'metric' | 'withinDays' | 'withinAmount'>): string => {
  if (target.withinAmount !== null)
    return t(`channels.serviceLevels.within.${target.metric}`, { amount: target.withinAmount });
  if (target.metric === 'first-contact') return t('channels.serviceLevels.within.first-contact');
  return target.withinDays === null
    ? t('channels.serviceLevels.published')
    : t('channels.serviceLevels.withinDays', { days: target.withinDays });
};

/** "Skriftlige henvendelser besvaret · Alle · Digital Post": one target in one line (chart categories). */
export const targetLabel = (key: TargetKey): string =>
  [metricName(key), serviceName(key), targetChannelName(key)].join(' · ');
