import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys } from '../../api/analytics.api.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ChartCard } from './chart-card.tsx';
import { type CohortCell, cohortCells } from './cohort-cells.ts';

const counts = [6, 12, 18, 24];

/** Cohort retention: a heat map of months since first purchase × the month of first purchase. */
export function CohortChart() {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const [count, setCount] = useState(12);
  const [from, setFrom] = useState(() => dayjs().subtract(11, 'month').format('YYYY-MM'));
  const report = useQuery({
    queryKey: analyticsKeys.cohorts(from, count),
    queryFn: () => analyticsApi.cohorts(from, count),
    placeholderData: keepPreviousData,
  });

  const built = useMemo(() => {
    if (!report.data || report.data.cohorts.length === 0) return null;
    const { cells, months, cap } = cohortCells(report.data);
    const rows = report.data.cohorts.map((cohort) => `${cohort.cohort} · ${format.integer(cohort.size)}`);
    const option: ChartOption = {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const cell = (params as unknown as { data: CohortCell }).data;
          return t(cell.partial ? 'insights.cohorts.cellPartial' : 'insights.cohorts.cell', {
            cohort: cell.cohort,
            month: cell.month,
            share: format.percent(cell.share),
            size: format.integer(cell.size),
          });
        },
      },
      // The month names (2026-01 · 1,234) are kept inside the grid's own box, 8 px from the canvas's edge.
      grid: { left: 8, right: 8, top: 8, bottom: 76, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'category',
        data: Array.from({ length: months }, (_, month) => String(month)),
        name: t('insights.cohorts.monthsSince'),
        nameLocation: 'middle',
        nameGap: 26,
      },
      yAxis: { type: 'category', data: rows, inverse: true, name: '' },
      visualMap: {
        min: 0,
        max: cap,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 12,
        itemHeight: isPhone ? 160 : 240,
        text: [format.percent(cap), format.percent(0)],
        textGap: 6,
        inRange: { color: ['#f5f5f5', '#ffadd2', '#c41d7f'] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          label: {
            show: !isPhone && months <= 18,
            fontSize: 10,
            color: '#262626',
            formatter: (params) => format.percent((params as unknown as { data: CohortCell }).data.share),
          },
        },
      ],
    };
    return { option, rows: rows.length, partialMonth: report.data.partialMonth, asOf: report.data.asOf };
  }, [report.data, t, format, isPhone]);

  const controls = (
    <Flex gap={8} wrap>
      <DatePicker
        picker="month"
        allowClear={false}
        aria-label={t('insights.cohorts.from')}
        value={dayjs(`${from}-01`)}
        onChange={(value) => value && setFrom(value.format('YYYY-MM'))}
        style={{ width: 130 }}
      />
      <Select
        aria-label={t('insights.cohorts.count')}
        value={count}
        onChange={setCount}
        options={counts.map((value) => ({ value, label: t('insights.cohorts.countOption', { count: value }) }))}
        style={{ width: 130 }}
      />
    </Flex>
  );

  let body: ReactNode;
  if (report.isPending) body = <Skeleton active />;
  else if (report.isError) body = <LoadErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  else if (!built) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.cohorts.none')} />;
  else
    body = (
      <>
        <EChart
          option={built.option}
          height={100 + built.rows * (isPhone ? 24 : 30)}
          label={t('insights.cohorts.title')}
          testId="chart-cohorts"
        />
        {built.partialMonth && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="cohorts-partial">
            {t('insights.cohorts.partial', { month: built.partialMonth, day: format.day(built.asOf) })}
          </Typography.Text>
        )}
      </>
    );

  return (
    <ChartCard
      title={t('insights.cohorts.title')}
      hint={t('insights.cohorts.hint')}
      controls={controls}
      testId="card-cohorts"
    >
      {body}
    </ChartCard>
  );
}
