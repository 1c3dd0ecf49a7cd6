import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Segmented, Select, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys, useAnalysisRuns } from '../../api/analytics.api.ts';
import { type AnalysisRun, type MigrationDimension, migrationDimensions } from '../../api/analytics.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ChartCard } from './chart-card.tsx';
import { MigrationChart } from './migration-chart.tsx';
import { useRunOptions } from './run-options.ts';

/** The run to compare the latest with: an earlier day's run that scored customers, if there is one. */
function defaultBefore(runs: AnalysisRun[]): AnalysisRun | undefined {
  const [latest, ...older] = runs;
  return (
    older.find((run) => run.customerCount > 0 && run.asOf !== latest.asOf) ??
    older.find((run) => run.customerCount > 0) ??
    older[0]
  );
}

/** Migration between two runs: pick the runs and the dimension, see who moved where. */
export function MigrationPanel() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const runs = useAnalysisRuns();
  const options = useRunOptions(runs.data);
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const [by, setBy] = useState<MigrationDimension>('segment');
  const to = picked.to ?? runs.data?.[0]?.id;
  const from = picked.from ?? defaultBefore(runs.data ?? [])?.id;
  const report = useQuery({
    queryKey: analyticsKeys.migration(from ?? '', to ?? '', by),
    queryFn: () => analyticsApi.migration(from ?? '', to ?? '', by),
    enabled: Boolean(from && to),
    placeholderData: keepPreviousData,
  });

  const runSelect = (key: 'from' | 'to', value: string | undefined) => (
    <Select
      aria-label={t(`insights.migration.${key}`)}
      prefix={`${t(`insights.migration.${key}`)}:`}
      value={value}
      onChange={(id) => setPicked((current) => ({ ...current, [key]: id }))}
      options={options}
      style={{ width: isPhone ? '100%' : 300 }}
      data-testid={`migration-${key}`}
    />
  );
  const controls = (runs.data?.length ?? 0) >= 2 && (
    <Flex gap={8} wrap style={{ width: isPhone ? '100%' : undefined }}>
      {runSelect('from', from)}
      {runSelect('to', to)}
      <Segmented<MigrationDimension>
        aria-label={t('insights.migration.by')}
        value={by}
        onChange={setBy}
        options={migrationDimensions.map((value) => ({ value, label: t(`insights.migration.byOptions.${value}`) }))}
        data-testid="migration-by"
      />
    </Flex>
  );

  let body: ReactNode;
  if (runs.isPending || (report.isPending && report.fetchStatus !== 'idle')) body = <Skeleton active />;
  else if (runs.isError) body = <LoadErrorResult error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.length < 2) body = <Alert type="info" showIcon title={t('insights.migration.needTwo')} />;
  else if (report.isError) body = <LoadErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  else if (!report.data || report.data.cells.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.migration.none')} />;
  else body = <MigrationChart report={report.data} toIsLatest={report.data.to.id === runs.data[0].id} />;

  return (
    <ChartCard
      title={t('insights.migration.title')}
      hint={t('insights.migration.hint')}
      controls={controls}
      testId="card-migration"
    >
      {body}
    </ChartCard>
  );
}
