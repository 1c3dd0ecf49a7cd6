import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { ChartCard } from './chart-card.tsx';
import { LadderChart } from './ladder-chart.tsx';
import { MeasuresTable } from './measures-table.tsx';

/** Loyalty: the ladder of the chosen run, and the loyalty measures of a period. */
export function LoyaltyTab({ ladder }: { ladder: ReactNode }) {
  return (
    <Flex vertical gap={16}>
      {ladder}
      <MeasuresTable />
    </Flex>
  );
}

/** The loyalty ladder's card. */
export function LadderCard({ summary }: { summary: AnalysisSummary }) {
  const { t } = useTranslation();
  return (
    <ChartCard title={t('insights.ladder.title')} hint={t('insights.ladder.hint')} testId="card-ladder">
      <LadderChart loyalty={summary.loyalty} />
    </ChartCard>
  );
}
