import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys } from '../../api/analytics.api.ts';
import type { LoyaltyMeasures } from '../../api/analytics.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSession } from '../../session/session-context.ts';
import { ChartCard } from './chart-card.tsx';

type Row = LoyaltyMeasures & { key: string; who: string; overall: boolean };
type Kind = 'integer' | 'decimal' | 'percent' | 'amount';

const columns: [keyof LoyaltyMeasures, Kind][] = [
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
];

/** 测量顾客忠诚度的指标 for a period: all the caller's customers, then each relationship manager's. */
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

  const rows: Row[] = [];
  if (report.data?.overall)
    rows.push({
      ...report.data.overall,
      key: 'overall',
      who: t(role === 'relationship_manager' ? 'insights.measures.yours' : 'insights.measures.overall'),
      overall: true,
    });
  for (const manager of report.data?.byRelationshipManager ?? [])
    rows.push({
      ...manager,
      key: manager.ownerId ?? 'none',
      who: manager.ownerName ?? t('insights.measures.unassigned'),
      overall: false,
    });

  const show = (kind: Kind, value: number | string | null) => {
    if (kind === 'amount') return format.amount(value as string | null);
    if (kind === 'percent') return format.percent(value as number | null);
    if (kind === 'decimal') return format.decimal(value as number | null);
    return format.integer(value as number | null);
  };
  const tableColumns: TableColumnsType<Row> = [
    {
      key: 'who',
      title: t('insights.measures.who'),
      fixed: 'left',
      width: isPhone ? 110 : 160,
      render: (_, row) => (row.overall ? <strong>{row.who}</strong> : row.who),
    },
    ...columns.map(([key, kind]) => ({
      key,
      title: t(`insights.measures.columns.${key}`),
      align: 'right' as const,
      width: 120,
      render: (_: unknown, row: Row) => show(kind, row[key]),
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

  return (
    <ChartCard title={t('insights.measures.title')} controls={controls} testId="card-measures">
      {report.isError ? (
        <LoadErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          columns={tableColumns}
          dataSource={rows}
          loading={report.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.measures.none')} />,
          }}
          data-testid="measures-table"
        />
      )}
    </ChartCard>
  );
}
