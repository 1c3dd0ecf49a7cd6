import { Alert, Flex, Select, Skeleton, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAnalysisState } from '../../api/analysis-state.api.ts';
import { useAnalysisRuns, useAnalysisSummary } from '../../api/analytics.api.ts';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { SummedCurrencies } from '../../hooks/use-summed-money.ts';
import { useSession } from '../../session/session-context.ts';
import { CohortChart } from './cohort-chart.tsx';
import { DeleteRunButton } from './delete-run-button.tsx';
import { LadderCard, LoyaltyTab } from './loyalty-tab.tsx';
import { MigrationPanel } from './migration-panel.tsx';
import { NoAnalysis } from './no-analysis.tsx';
import { RfmTab } from './rfm-tab.tsx';
import { RunAnalysisButton } from './run-analysis-button.tsx';
import { useRunOptions } from './run-options.ts';
import { ValueTab } from './value-tab.tsx';

const tabKeys = ['rfm', 'value', 'loyalty', 'cohorts', 'migration'] as const;
type TabKey = (typeof tabKeys)[number];

/** 洞察: the pictures of the differentiating analyses (docs/analytics.md) of one run, and the period reports. */
export function InsightsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { role } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = (tabKeys as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'rfm';
  const runId = params.get('run') ?? undefined;
  const runs = useAnalysisRuns();
  const summary = useAnalysisSummary(runId);
  const runOptions = useRunOptions(runs.data);
  const analysisState = useAnalysisState();

  const setParam = (key: 'tab' | 'run', value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const showLatest = () => setParam('run', undefined);

  const latestId = runs.data?.[0]?.id;
  const shownId = summary.data?.run.id;
  const isOlder = Boolean(latestId && shownId && shownId !== latestId);

  const ofRun = (render: (summary: AnalysisSummary) => ReactNode): ReactNode => {
    if (summary.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
    if (summary.isError) return <LoadErrorResult error={summary.error} onRetry={() => void summary.refetch()} />;
    if (!summary.data || summary.data.run.customerCount === 0)
      return <NoAnalysis run={summary.data?.run ?? null} state={analysisState.data} onDone={showLatest} />;
    // The pictures' revenues add up the currencies the summary names.
    return <SummedCurrencies value={summary.data.currencies}>{render(summary.data)}</SummedCurrencies>;
  };

  const items: { key: TabKey; label: string; children: ReactNode }[] = [
    { key: 'rfm', label: t('insights.tabs.rfm'), children: ofRun((data) => <RfmTab summary={data} />) },
    { key: 'value', label: t('insights.tabs.value'), children: ofRun((data) => <ValueTab summary={data} />) },
    {
      key: 'loyalty',
      label: t('insights.tabs.loyalty'),
      children: <LoyaltyTab ladder={ofRun((data) => <LadderCard summary={data} />)} />,
    },
    { key: 'cohorts', label: t('insights.tabs.cohorts'), children: <CohortChart /> },
    { key: 'migration', label: t('insights.tabs.migration'), children: <MigrationPanel /> },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('insights.title')}
        </Typography.Title>
        {(runs.data?.length ?? 0) > 0 && (
          <Flex gap={8} wrap style={{ width: isPhone ? '100%' : undefined }}>
            <Select
              aria-label={t('insights.run.label')}
              prefix={`${t('insights.run.label')}:`}
              value={shownId ?? runId}
              onChange={(id) => setParam('run', id === latestId ? undefined : id)}
              options={runOptions}
              loading={runs.isFetching}
              style={{ width: isPhone ? '100%' : 400 }}
              data-testid="run-picker"
            />
            <RunAnalysisButton onDone={showLatest} />
            <DeleteRunButton run={summary.data?.run} onDone={showLatest} />
          </Flex>
        )}
      </Flex>
      {role === 'relationship_manager' && <Typography.Text type="secondary">{t('insights.run.scope')}</Typography.Text>}
      {analysisState.data?.running && summary.data && (
        <Alert type="info" showIcon title={t('analysisState.runningUpdate')} data-testid="analysis-updating" />
      )}
      {isOlder && <Alert type="info" showIcon title={t('insights.run.olderRun')} data-testid="older-run" />}
      <Tabs activeKey={tab} onChange={(key) => setParam('tab', key === 'rfm' ? undefined : key)} items={items} />
    </Flex>
  );
}
