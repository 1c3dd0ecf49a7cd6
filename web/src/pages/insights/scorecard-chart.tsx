import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import type { ValueQuadrant } from '../../api/domain.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';

interface Quadrant {
  value: [number, number, number];
  quadrant: ValueQuadrant;
  customers: number;
  revenue: string;
}

/** Where each quadrant sits: [realised (0 low, 1 high), potential]. */
const places: [ValueQuadrant, number, number][] = [
  ['minor', 0, 0],
  ['maintain', 1, 0],
  ['develop', 0, 1],
  ['key', 1, 1],
];

/** The value scorecard's 2×2: realised value across, potential value up; a click opens the quadrant's customers. */
export function ScorecardChart({ scorecard }: { scorecard: AnalysisSummary['scorecard'] }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();
  const group = (quadrant: ValueQuadrant) => scorecard.quadrants.find((q) => q.quadrant === quadrant);
  const unknown = group('unknown')?.customers ?? 0;

  const option = useMemo<ChartOption>(() => {
    const cells: Quadrant[] = places.map(([quadrant, x, y]) => {
      const found = scorecard.quadrants.find((q) => q.quadrant === quadrant);
      const customers = found?.customers ?? 0;
      return { value: [x, y, customers], quadrant, customers, revenue: found?.revenue ?? '0' };
    });
    const levels = [t('insights.scorecard.low'), t('insights.scorecard.high')];
    const axis = (name: string) => ({
      type: 'category' as const,
      data: levels,
      name,
      nameLocation: 'middle' as const,
      nameGap: 28,
      splitArea: { show: true },
    });
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const cell = (params as unknown as { data: Quadrant }).data;
          return [
            `<b>${label.quadrant(cell.quadrant)}</b>`,
            t('insights.customers', { count: cell.customers }),
            t('insights.revenue', { amount: money.sum(cell.revenue) }),
          ].join('<br/>');
        },
      },
      grid: { left: 44, right: 8, top: 8, bottom: 40 },
      xAxis: axis(t('insights.scorecard.realised')),
      yAxis: axis(t('insights.scorecard.potential')),
      visualMap: {
        show: false,
        min: 0,
        max: Math.max(1, ...cells.map((cell) => cell.customers)),
        inRange: { color: ['#fff0f6', '#f759ab'] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
          label: {
            show: true,
            color: '#262626',
            fontSize: 13,
            lineHeight: 20,
            formatter: (params) => {
              const cell = (params as unknown as { data: Quadrant }).data;
              return `{b|${label.quadrant(cell.quadrant)}}\n${t('insights.customers', { count: cell.customers })}\n${money.compact(cell.revenue)}`;
            },
            rich: { b: { fontWeight: 'bold', fontSize: 16 } },
          },
        },
      ],
    };
  }, [scorecard, t, label, money]);

  return (
    <Flex vertical gap={8}>
      <EChart
        option={option}
        height={isPhone ? 300 : 340}
        label={t('insights.scorecard.title')}
        testId="chart-scorecard"
        onClick={(event) => {
          const cell = event.data as Quadrant | undefined;
          if (cell?.quadrant) open({ quadrant: cell.quadrant });
        }}
      />
      {unknown > 0 && (
        // A link rather than a button: the text wraps on a phone.
        <Typography.Link
          style={{ alignSelf: 'flex-start', fontSize: 12 }}
          onClick={() => open({ quadrant: 'unknown' })}
          data-testid="scorecard-unknown"
        >
          {t('insights.scorecard.unknown', { count: unknown })}
        </Typography.Link>
      )}
    </Flex>
  );
}
