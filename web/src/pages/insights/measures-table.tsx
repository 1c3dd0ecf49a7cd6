import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Skeleton, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys } from '../../api/analytics.api.ts';
import type { LoyaltyMeasures } from '../../api/analytics.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSession } from '../../session/session-context.ts';
import { ChartCard } from './chart-card.tsx';

type Kind = 'integer' | 'decimal' | 'percent' | 'amount';
/** Whose customers a column shows: all the caller's, or one relationship manager's. */
interface Group {
  key: string;
  who: string;
  overall: boolean;
  measures: LoyaltyMeasures;
}
interface Row {
  key: keyof LoyaltyMeasures;
  kind: Kind;
}

const measures: Row[] = (
  [
    ['customerBase', 'integer'],
    ['newCustomers', 'integer'],
    ['newCustomersPerMonth', 'decimal'],
    ['newCustomerRetentionRate', 'percent'],
    ['clientRetentionRate', 'percent'],
    ['churnRate', 'percent'],
    ['repeatPurchaseRate', 'percent'],
    ['purchasesPerCustomerPerYear', 'decimal'],
    ['averageOrderValue', 'amount'],
    ['orders', 'integer'],
    ['revenue', 'amount'],
    ['revenueConcentration', 'percent'],
    ['shareOfWallet', 'percent'],
  ] as const
).map(([key, kind]) => ({ key, kind }));

/**
 * 测量顾客忠诚度的指标 for a period: a row per measure, a column for all the caller's customers, then
 * one per relationship manager. Thirteen measures across did not fit a desktop page; a company has
 * fewer managers than that, and beyond the card's width the columns scroll inside it.
 */
export function MeasuresTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const { role } = useSession();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(1, 'year').add(1, 'day'), dayjs()]);
  const [from, to] = range.map((day) => day.format('YYYY-MM-DD'));
  const report = useQuery({
    queryKey: analyticsKeys.measures(from, to),
    queryFn: () => analyticsApi.measures(from, to),
    placeholderData: keepPreviousData,
  });

  const groups: Group[] = [];
  if (report.data?.overall)
    groups.push({
      key: 'overall',
      who: t(role === 'relationship_manager' ? 'insights.measures.yours' : 'insights.measures.overall'),
      overall: true,
      measures: report.data.overall,
    });
  for (const manager of report.data?.byRelationshipManager ?? [])
    groups.push({
      key: manager.ownerId ?? 'none',
      who: manager.ownerName ?? t('insights.measures.unassigned'),
      overall: false,
      measures: manager,
    });

  const show = (kind: Kind, value: number | string | null) => {
    if (kind === 'amount') return format.sum(value as string | null, report.data?.currencies ?? null);
    if (kind === 'percent') return format.percent(value as number | null);
    if (kind === 'decimal') return format.decimal(value as number | null);
    return format.integer(value as number | null);
  };
  const tableColumns: TableColumnsType<Row> = [
    {
      key: 'measure',
      title: t('insights.measures.measure'),
      fixed: 'left',
      width: isPhone ? 130 : 220,
      render: (_, row) => t(`insights.measures.columns.${row.key}`),
    },
    ...groups.map((group) => ({
      key: group.key,
      title: group.overall ? <strong>{group.who}</strong> : group.who,
      align: 'right' as const,
      render: (_: unknown, row: Row) => {
        const text = show(row.kind, group.measures[row.key]);
        return group.overall ? <strong>{text}</strong> : text;
      },
    })),
  ];

  const controls = (
    <DatePicker.RangePicker
      allowClear={false}
      aria-label={t('insights.measures.period')}
      value={range}
      onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
      style={{ width: isPhone ? '100%' : 280 }}
      data-testid="measures-period"
    />
  );

  let body: ReactNode;
  if (report.isError) body = <LoadErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  else if (report.isPending) body = <Skeleton active />;
  else if (groups.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.measures.none')} />;
  else
    body = (
      <Table<Row>
        size="small"
        rowKey="key"
        columns={tableColumns}
        dataSource={measures}
        loading={report.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="measures-table"
      />
    );

  return (
    <ChartCard title={t('insights.measures.title')} controls={controls} testId="card-measures">
      {body}
    </ChartCard>
  );
}
