import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSummary } from '../../api/orders.api.ts';
import type { CurrencyTotals } from '../../api/purchase.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';

function Figure({ title, value, note, testId }: { title: string; value: string; note?: ReactNode; testId: string }) {
  return (
    <Col xs={12} sm={8} lg={6}>
      <Statistic title={title} value={value} styles={{ content: { fontSize: 20 } }} data-testid={testId} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Col>
  );
}

/** 购买概况: when the customer first and last bought, how often, and what it brought (paid orders). */
export function CustomerSummaryCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useCustomerSummary(customerId);

  let body: ReactNode;
  if (summary.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (summary.isError) body = <LoadErrorResult error={summary.error} onRetry={() => void summary.refetch()} />;
  else if (summary.data.orderCount === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('summary.empty')} />;
  else {
    const { data } = summary;
    const several = data.totals.length > 1;
    body = (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Figure title={t('summary.firstPurchase')} value={format.date(data.firstPurchaseAt)} testId="summary-first" />
          <Figure title={t('summary.lastPurchase')} value={format.date(data.lastPurchaseAt)} testId="summary-last" />
          <Figure title={t('summary.orderCount')} value={format.integer(data.orderCount)} testId="summary-orders" />
        </Row>
        {data.totals.map((totals) => (
          <div key={totals.currency}>
            {several && (
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('summary.inCurrency', { currency: totals.currency, count: totals.orderCount })}
              </Typography.Title>
            )}
            <CurrencyFigures totals={totals} />
          </div>
        ))}
      </Flex>
    );
  }

  return (
    <Card
      size="small"
      title={t('summary.title')}
      extra={<Typography.Text type="secondary">{t('summary.paidOnly')}</Typography.Text>}
      data-testid="customer-summary"
    >
      {body}
    </Card>
  );
}

function CurrencyFigures({ totals }: { totals: CurrencyTotals }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: string) => format.money(amount, totals.currency);
  return (
    <Row gutter={[16, 16]}>
      <Figure title={t('summary.revenue')} value={money(totals.revenue)} testId="summary-revenue" />
      <Figure
        title={t('summary.profit')}
        value={totals.profit === null ? t('common.none') : money(totals.profit)}
        note={
          totals.profit === null || totals.costCoverage === null
            ? t('summary.noCosts')
            : t('summary.costCoverage', { share: format.percent(totals.costCoverage) })
        }
        testId="summary-profit"
      />
      <Figure title={t('summary.amountCollected')} value={money(totals.amountCollected)} testId="summary-collected" />
      <Figure title={t('summary.averageOrderValue')} value={money(totals.averageOrderValue)} testId="summary-average" />
    </Row>
  );
}
