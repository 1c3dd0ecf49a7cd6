import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import type { LoyaltyStage } from '../../api/domain.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { stageColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';

/** The rungs in ladder order (忠诚顾客的培养步骤), and those who stepped off. */
const rungs: LoyaltyStage[] = ['prospect', 'first_time', 'repeat', 'client', 'advocate'];
const stopped: LoyaltyStage[] = ['dormant', 'lost'];

interface Step {
  value: number;
  stage: LoyaltyStage;
  revenue: string;
  itemStyle: { color: string };
}

/**
 * A funnel of centred steps, one per stage in the given order, each as wide as its customer count
 * (against `max`, shared by both pictures so their widths compare).
 */
function useStepsOption(loyalty: AnalysisSummary['loyalty'], stages: LoyaltyStage[], max: number): ChartOption {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  return useMemo<ChartOption>(() => {
    const steps: Step[] = stages.map((stage) => {
      const group = loyalty.stages.find((s) => s.stage === stage);
      return {
        value: group?.customers ?? 0,
        stage,
        revenue: group?.revenue ?? '0',
        itemStyle: { color: stageColors[stage] },
      };
    });
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const step = (params as unknown as { data: Step }).data;
          return [
            `<b>${label.stage(step.stage)}</b>`,
            t('insights.customers', { count: step.value }),
            t('insights.revenue', { amount: money.sum(step.revenue) }),
          ].join('<br/>');
        },
      },
      grid: { left: 8, right: 8, top: 4, bottom: 4 },
      xAxis: { type: 'value', max, show: false },
      yAxis: {
        type: 'category',
        inverse: true,
        data: steps.map((step) => `${label.stage(step.stage)}  ${format.integer(step.value)}`),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { width: isPhone ? 110 : 170, overflow: 'break' },
      },
      series: [
        {
          // Transparent padding that centres each step.
          type: 'bar',
          stack: 'ladder',
          silent: true,
          itemStyle: { color: 'transparent' },
          tooltip: { show: false },
          data: steps.map((step) => (max - step.value) / 2),
        },
        { type: 'bar', stack: 'ladder', barCategoryGap: '12%', data: steps },
      ],
    };
  }, [loyalty, stages, max, t, label, format, money, isPhone]);
}

/** The loyalty ladder, prospect at the top; dormant and lost customers beside it. A click opens the stage. */
export function LadderChart({ loyalty }: { loyalty: AnalysisSummary['loyalty'] }) {
  const { t } = useTranslation();
  const open = useOpenCustomers();
  const max = Math.max(1, ...loyalty.stages.map((s) => s.customers));
  const ladder = useStepsOption(loyalty, rungs, max);
  const side = useStepsOption(loyalty, stopped, max);
  const onClick = (event: { data?: unknown }) => {
    const step = event.data as Step | undefined;
    if (step?.stage) open({ stage: step.stage });
  };
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} lg={15}>
        <EChart
          option={ladder}
          height={260}
          label={t('insights.ladder.title')}
          testId="chart-ladder"
          onClick={onClick}
        />
      </Col>
      <Col xs={24} lg={9}>
        <Typography.Text type="secondary">{t('insights.ladder.stopped')}</Typography.Text>
        <EChart
          option={side}
          height={112}
          label={t('insights.ladder.stopped')}
          testId="chart-ladder-stopped"
          onClick={onClick}
        />
      </Col>
    </Row>
  );
}
