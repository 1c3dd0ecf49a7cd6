import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { RunAnalysisButton } from './run-analysis-button.tsx';

/** No run yet, or a run that found no customers: what an analysis is and how to get one. */
export function NoAnalysis({ run, onDone }: { run: AnalysisRun | null; onDone: (run: AnalysisRun) => void }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="insights-empty">
      <Empty
        description={
          <Flex vertical gap={8} align="center" style={{ maxWidth: 520, margin: '0 auto' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {run ? t('insights.empty.noCustomers') : t('insights.empty.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {run ? t('insights.empty.noCustomersHint') : t('insights.empty.hint')}
            </Typography.Text>
            {!run && <Typography.Text type="secondary">{t('insights.empty.daily')}</Typography.Text>}
          </Flex>
        }
      >
        <RunAnalysisButton onDone={onDone} primary />
      </Empty>
    </Card>
  );
}
