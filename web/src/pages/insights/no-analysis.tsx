import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AnalysisState } from '../../api/analysis-state.api.ts';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { useIsAdmin, useMayImport } from '../../session/session-context.ts';
import { AnalysisRunning } from './analysis-running.tsx';
import { LoadDemoButton } from './load-demo-button.tsx';
import { RunAnalysisButton } from './run-analysis-button.tsx';

/** The empty state's card: a title, lines of explanation, and what to do. */
function EmptyCard({ title, lines, children }: { title: string; lines: string[]; children: ReactNode }) {
  return (
    <Card data-testid="insights-empty">
      <Empty
        description={
          <Flex vertical gap={8} align="center" style={{ maxWidth: 520, margin: '0 auto' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {lines.map((line) => (
              <Typography.Text key={line} type="secondary">
                {line}
              </Typography.Text>
            ))}
          </Flex>
        }
      >
        {children}
      </Empty>
    </Card>
  );
}

/**
 * No run yet, or a run that found no customers: what an analysis is and how to get one. While the
 * analysis of newly loaded purchases runs, that is said instead; with nothing bought yet, the way
 * to data (import, or the demo company in an empty database) is offered rather than a run.
 */
export function NoAnalysis({
  run,
  state,
  onDone,
}: {
  run: AnalysisRun | null;
  state: AnalysisState | undefined;
  onDone: (run: AnalysisRun) => void;
}) {
  const { t } = useTranslation();
  const mayImport = useMayImport();
  const isAdmin = useIsAdmin();
  if (state?.running) return <AnalysisRunning />;
  if (state && !state.hasPurchases)
    return (
      <EmptyCard
        title={t('analysisState.nothingTitle')}
        lines={[t('analysisState.nothingHint'), t('analysisState.nothingNext')]}
      >
        <Flex gap={8} justify="center" wrap>
          {mayImport && (
            <Link to="/import">
              <Button type="primary" icon={<ImportOutlined />} data-testid="insights-import">
                {t('analysisState.importData')}
              </Button>
            </Link>
          )}
          {isAdmin && state.empty && <LoadDemoButton />}
        </Flex>
      </EmptyCard>
    );
  return (
    <EmptyCard
      title={run ? t('insights.empty.noCustomers') : t('insights.empty.title')}
      lines={run ? [t('insights.empty.noCustomersHint')] : [t('insights.empty.hint'), t('insights.empty.daily')]}
    >
      <RunAnalysisButton onDone={onDone} primary />
    </EmptyCard>
  );
}
