import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AbcClass, type AnalysisSummary, abcClasses } from '../../api/analytics.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { classColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';
import type { Measure } from './measure-switch.tsx';

interface Bar {
  value: number;
  abcClass: AbcClass;
  customers: number;
  revenue: string;
  itemStyle: { color: string };
}

/** Customers (or revenue) in each ABC class; a click opens the class's customers. */
export function AbcClassChart({ abc, measure }: { abc: AnalysisSummary['abc']; measure: Measure }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const open = useOpenCustomers();

  const option = useMemo<ChartOption>(() => {
    const total = abc.classes.reduce((sum, group) => sum + Number(group.revenue), 0);
    const bars: Bar[] = abcClasses.map((abcClass) => {
      const group = abc.classes.find((c) => c.class === abcClass);
      const customers = group?.customers ?? 0;
      const revenue = group?.revenue ?? '0';
      const value = measure === 'customers' ? customers : Number(revenue);
      return { value, abcClass, customers, revenue, itemStyle: { color: classColors[abcClass] } };
    });
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const bar = (params as unknown as { data: Bar }).data;
          const share = total > 0 ? format.percent(Number(bar.revenue) / total) : '—';
          return [
            `<b>${label.abcClass(bar.abcClass)}</b>`,
            t('insights.customers', { count: bar.customers }),
            `${t('insights.revenue', { amount: money.sum(bar.revenue) })} (${share})`,
          ].join('<br/>');
        },
      },
      grid: { left: 8, right: 8, top: 24, bottom: 8 },
      xAxis: { type: 'category', data: abcClasses.map((abcClass) => label.abcClass(abcClass)) },
      yAxis: {
        type: 'value',
        ...(measure === 'customers' ? { axisLabel: { formatter: format.integer } } : money.axis()),
      },
      series: [
        {
          type: 'bar',
          data: bars,
          barMaxWidth: 48,
          label: {
            show: true,
            position: 'top',
            formatter: (params) =>
              measure === 'customers' ? format.integer(Number(params.value)) : money.compact(Number(params.value)),
          },
        },
      ],
    };
  }, [abc, measure, t, label, format, money]);

  return (
    <EChart
      option={option}
      height={260}
      label={t('insights.abc.classesTitle')}
      testId="chart-abc-classes"
      onClick={(event) => {
        const bar = event.data as Bar | undefined;
        if (bar?.abcClass) open({ abcClass: bar.abcClass });
      }}
    />
  );
}
