import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary, Segment } from '../../api/analytics.types.ts';
import { rfmSegments } from '../../api/domain.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { segmentColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';
import type { Measure } from './measure-switch.tsx';

const order: Segment[] = [...rfmSegments, 'prospect'];

interface Bar {
  value: number;
  segment: Segment;
  customers: number;
  revenue: string;
  itemStyle: { color: string };
}

/** How many customers (or how much revenue) each RFM segment holds; a click opens the segment's customers. */
export function SegmentBarChart({ summary, measure }: { summary: AnalysisSummary; measure: Measure }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();

  const option = useMemo<ChartOption>(() => {
    const bars: Bar[] = order.map((segment) => {
      const group = summary.rfm.segments.find((s) => s.segment === segment);
      const customers = group?.customers ?? 0;
      const revenue = group?.revenue ?? '0';
      return {
        value: measure === 'customers' ? customers : Number(revenue),
        segment,
        customers,
        revenue,
        itemStyle: { color: segmentColors[segment] },
      };
    });
    const shown = (value: number) => (measure === 'customers' ? format.integer(value) : money.compact(value));
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const bar = (params as unknown as { data: Bar }).data;
          return [
            `<b>${label.segment(bar.segment)}</b>`,
            t('insights.customers', { count: bar.customers }),
            t('insights.revenue', { amount: money.sum(bar.revenue) }),
          ].join('<br/>');
        },
      },
      grid: { left: 8, right: 48, top: 8, bottom: 8 },
      xAxis: {
        type: 'value',
        ...(measure === 'customers' ? { axisLabel: { formatter: format.integer } } : money.axis()),
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: order.map((segment) => label.segment(segment)),
        axisLabel: { width: isPhone ? 96 : 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: bars,
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: (params) => shown(Number(params.value)) },
        },
      ],
    };
  }, [summary, measure, t, label, format, money, isPhone]);

  return (
    <EChart
      option={option}
      height={isPhone ? 360 : 400}
      label={t('insights.rfm.segmentsTitle')}
      testId="chart-segments"
      onClick={(event) => {
        const bar = event.data as Bar | undefined;
        if (bar?.segment) open({ segment: bar.segment });
      }}
    />
  );
}
