import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbcClass, MigrationReport, Segment } from '../../api/analytics.types.ts';
import type { LoyaltyStage } from '../../api/domain.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOpenCustomers } from './customers-link.ts';
import { dimensionFilter, presentValues } from './migration-order.ts';

interface Cell {
  value: [number, number, number];
  from: string;
  to: string;
}

/** The migration matrix as a heat map: before down the side, after across. */
export function MigrationChart({ report, toIsLatest }: { report: MigrationReport; toIsLatest: boolean }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();
  const values = useMemo(() => presentValues(report.by, report.cells), [report]);

  const option = useMemo<ChartOption>(() => {
    const name = (value: string) =>
      report.by === 'segment'
        ? label.segment(value as Segment)
        : report.by === 'class'
          ? label.abcClass(value as AbcClass)
          : label.stage(value as LoyaltyStage);
    const cells: Cell[] = report.cells.map((cell) => ({
      value: [values.indexOf(cell.to), values.indexOf(cell.from), cell.customers],
      from: cell.from,
      to: cell.to,
    }));
    const names = values.map(name);
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const cell = (params as unknown as { data: Cell }).data;
          return `<b>${t('insights.migration.cell', { from: name(cell.from), to: name(cell.to) })}</b><br/>${t('insights.customers', { count: cell.value[2] })}`;
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 8 },
      xAxis: {
        type: 'category',
        data: names,
        position: 'top',
        axisLabel: { rotate: values.length > 4 ? 40 : 0, interval: 0 },
        axisLine: { show: false },
        axisTick: { show: false },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: { interval: 0 },
        axisLine: { show: false },
        axisTick: { show: false },
        splitArea: { show: true },
      },
      visualMap: {
        show: false,
        min: 0,
        max: Math.max(1, ...cells.map((cell) => cell.value[2])),
        inRange: { color: ['#fff0f6', '#f759ab', '#9e1068'] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          label: {
            show: true,
            fontSize: 11,
            color: '#262626',
            textBorderColor: '#ffffff',
            textBorderWidth: 2,
            formatter: (params) => format.integer((params as unknown as { data: Cell }).data.value[2]),
          },
        },
      ],
    };
  }, [report, values, t, label, format]);

  const size = 120 + values.length * (isPhone ? 34 : 40);
  return (
    // Wide matrices scroll sideways on phones instead of squeezing their labels.
    <div style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: isPhone ? Math.max(320, size + 60) : undefined }}>
        <EChart
          option={option}
          height={size}
          label={t('insights.migration.title')}
          testId="chart-migration"
          onClick={(event) => {
            const cell = event.data as Cell | undefined;
            if (cell && toIsLatest) open({ [dimensionFilter[report.by]]: cell.to });
          }}
        />
      </div>
    </div>
  );
}
