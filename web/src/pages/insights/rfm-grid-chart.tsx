import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary, Segment } from '../../api/analytics.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';
import type { Measure } from './measure-switch.tsx';
import { segmentCells } from './rfm-cells.ts';

interface Cell {
  value: [number, number, number];
  r: number;
  f: number;
  segment: Segment;
  customers: number;
  revenue: string;
}

const scores = ['1', '2', '3', '4', '5'];

/** The R×F grid: a heat map of the customers (or revenue) in each cell; a click opens the cell's segment. */
export function RfmGridChart({ summary, measure }: { summary: AnalysisSummary; measure: Measure }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();

  const option = useMemo<ChartOption>(() => {
    const segments = segmentCells(summary.run);
    const cells: Cell[] = [];
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) {
        const group = summary.rfm.grid.find((cell) => cell.r === r && cell.f === f);
        const customers = group?.customers ?? 0;
        const revenue = group?.revenue ?? '0';
        const value = measure === 'customers' ? customers : Number(revenue);
        cells.push({ value: [f - 1, r - 1, value], r, f, segment: segments[`${r}${f}`], customers, revenue });
      }
    const max = Math.max(1, ...cells.map((cell) => cell.value[2]));
    const shown = (value: number) => (measure === 'customers' ? format.integer(value) : money.compact(value));
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const cell = (params as unknown as { data: Cell }).data;
          return [
            `<b>${t('insights.rfm.cell', { r: cell.r, f: cell.f })} · ${label.segment(cell.segment)}</b>`,
            t('insights.customers', { count: cell.customers }),
            t('insights.revenue', { amount: money.sum(cell.revenue) }),
          ].join('<br/>');
        },
      },
      grid: { left: 48, right: 12, top: 8, bottom: 76 },
      xAxis: {
        type: 'category',
        data: scores,
        name: t('insights.rfm.frequency'),
        nameLocation: 'middle',
        nameGap: 26,
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: scores,
        name: t('insights.rfm.recency'),
        nameLocation: 'middle',
        nameGap: 28,
        splitArea: { show: true },
      },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: isPhone ? 160 : 240,
        itemWidth: 12,
        text: [shown(max), '0'],
        textGap: 6,
        inRange: { color: ['#fff0f6', '#f759ab', '#9e1068'] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          label: {
            show: true,
            color: '#262626',
            textBorderColor: '#ffffff',
            textBorderWidth: 2,
            lineHeight: 14,
            formatter: (params) => {
              const cell = (params as unknown as { data: Cell }).data;
              const value = shown(cell.value[2]);
              return isPhone ? value : `{b|${value}}\n${label.segment(cell.segment)}`;
            },
            rich: { b: { fontWeight: 'bold', fontSize: 14 } },
            fontSize: 10,
            width: 72,
            overflow: 'break',
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          emphasis: { itemStyle: { borderColor: '#262626', borderWidth: 1 } },
        },
      ],
    };
  }, [summary, measure, t, label, format, money, isPhone]);

  return (
    <EChart
      option={option}
      height={isPhone ? 340 : 420}
      label={t('insights.rfm.gridTitle')}
      testId="chart-rfm-grid"
      onClick={(event) => {
        const cell = event.data as Cell | undefined;
        if (cell?.segment) open({ segment: cell.segment });
      }}
    />
  );
}
