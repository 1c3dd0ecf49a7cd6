import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Instead of the pictures while the first analysis of newly loaded purchases is made. */
export function AnalysisRunning() {
  const { t } = useTranslation();
  return (
    <Card data-testid="analysis-running">
      <Flex vertical align="center" gap={12} style={{ maxWidth: 520, margin: '24px auto', textAlign: 'center' }}>
        <Spin size="large" />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('analysisState.runningTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('analysisState.runningHint')}</Typography.Text>
      </Flex>
    </Card>
  );
}
