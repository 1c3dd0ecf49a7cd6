import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { classColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOpenCustomers } from './customers-link.ts';
import { type ParetoPoint, paretoPoints } from './pareto-points.ts';

/** Cumulative revenue share against cumulative buyer share, with the 80/20 reference; a class point opens its customers. */
export function ParetoChart({ abc }: { abc: AnalysisSummary['abc'] }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();

  const option = useMemo<ChartOption>(() => {
    const points = paretoPoints(abc);
    const pointLabel = (point: ParetoPoint) =>
      point.mark === 'top' ? t('insights.abc.topPoint') : point.mark ? label.abcClass(point.mark) : '';
    const data = points.map((point) => ({
      value: [point.x, point.y],
      point,
      symbolSize: point.mark ? 10 : 0,
      itemStyle: { color: point.mark && point.mark !== 'top' ? classColors[point.mark] : '#595959' },
      label: {
        show: Boolean(point.mark),
        // Short labels (the class letter, the top fifth's share); the tooltip has the rest.
        position: point.mark === 'top' || point.x > 0.95 ? ('left' as const) : ('top' as const),
        formatter: point.mark === 'top' ? format.percent(point.y) : (point.mark ?? ''),
        fontWeight: 'bold' as const,
      },
    }));
    const percentAxis = (name: string) => ({
      type: 'value' as const,
      min: 0,
      max: 1,
      name,
      nameLocation: 'middle' as const,
      nameGap: 30,
      axisLabel: { formatter: (value: number) => format.percent(value) },
    });
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const { point } = (params as unknown as { data: { point?: ParetoPoint } }).data;
          if (!point) return '';
          return `${pointLabel(point)}<br/>${t('insights.abc.buyerShare')}: ${format.percent(point.x)}<br/>${t('insights.abc.revenueShare')}: ${format.percent(point.y)}`;
        },
      },
      grid: { left: 52, right: 20, top: 20, bottom: 44 },
      xAxis: percentAxis(t('insights.abc.buyerShare')),
      yAxis: percentAxis(t('insights.abc.revenueShare')),
      series: [
        {
          type: 'line',
          name: t('insights.abc.curve'),
          data,
          lineStyle: { width: 3, color: '#c41d7f' },
          areaStyle: { color: 'rgba(196, 29, 127, 0.08)' },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#8c8c8c' },
            label: { show: false },
            data: [{ xAxis: 0.2 }],
          },
        },
        {
          type: 'line',
          name: t('insights.abc.equal'),
          data: [
            [0, 0],
            [1, 1],
          ],
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dotted', color: '#bfbfbf' },
          tooltip: { show: false },
        },
      ],
    };
  }, [abc, t, label, format]);

  return (
    <EChart
      option={option}
      height={isPhone ? 300 : 340}
      label={t('insights.abc.paretoTitle')}
      testId="chart-pareto"
      onClick={(event) => {
        const { point } = (event.data ?? {}) as { point?: ParetoPoint };
        if (point?.mark && point.mark !== 'top') open({ abcClass: point.mark });
      }}
    />
  );
}
