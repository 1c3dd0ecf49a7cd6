import { useTranslation } from 'react-i18next';
import type { WatchReason } from '../../api/customer-list.types.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';

/** Says why a customer is on a watch-list, from the values its condition looked at. */
export function useWatchReasonText() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useSummedMoney();
  const label = useAnalysisLabels();
  return (reason: WatchReason): string => {
    switch (reason.list) {
      case 'spend_drop': {
        const previous = Number(reason.previousRevenue);
        const change = previous ? Number(reason.recentRevenue) / previous - 1 : 0;
        return t('customerList.reason.spend_drop', {
          change: format.percent(change),
          recent: money.sum(reason.recentRevenue),
          previous: money.sum(reason.previousRevenue),
        });
      }
      case 'lapsed':
        return reason.usualIntervalDays > 1
          ? t('customerList.reason.lapsed', {
              days: format.integer(reason.daysSincePurchase),
              usual: format.integer(reason.usualIntervalDays),
            })
          : t('customerList.reason.lapsedOne', { days: format.integer(reason.daysSincePurchase) });
      case 'newly_at_risk':
        return reason.previousSegment
          ? t('customerList.reason.newly_at_risk', {
              segment: label.segment(reason.segment),
              previous: label.segment(reason.previousSegment),
            })
          : t('customerList.reason.newlyAnalysed', { segment: label.segment(reason.segment) });
    }
  };
}
