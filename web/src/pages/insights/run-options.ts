import { useTranslation } from 'react-i18next';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { useFormat } from '../../hooks/use-format.ts';

/** Select options naming each run by its day and size; runs of the same day also by when they ran. */
export function useRunOptions(runs: AnalysisRun[] | undefined) {
  const { t } = useTranslation();
  const format = useFormat();
  return (runs ?? []).map((run, index) => {
    const sameDay = (runs ?? []).filter((other) => other.asOf === run.asOf).length > 1;
    const name = t('insights.run.option', { asOf: run.asOf, count: run.customerCount });
    const when = sameDay ? ` (${format.dateTime(run.createdAt)})` : '';
    const latest = index === 0 ? ` · ${t('insights.run.latest')}` : '';
    return { value: run.id, label: `${name}${when}${latest}` };
  });
}
