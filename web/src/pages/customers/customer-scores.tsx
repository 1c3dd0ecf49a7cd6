import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCustomerScores } from '../../api/analytics.api.ts';
import type { CustomerScore } from '../../api/analytics.types.ts';
import { useCustomerSummary } from '../../api/orders.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import {
  classTagColors,
  segmentTagColors,
  stageTagColors,
  useAnalysisLabels,
} from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ScoreMoves } from '../insights/rfm-moves.tsx';

/** A tag that opens the customers sharing this value in the latest run. */
function FilterTag({ to, color, children }: { to: string; color: string; children: ReactNode }) {
  return (
    <Link to={to}>
      <Tag color={color} style={{ marginInlineEnd: 0 }}>
        {children}
      </Tag>
    </Link>
  );
}

/** 客户评分: the latest analysis' scores of one customer (R/F/M, segment, class, stage) and its segment history. */
export function CustomerScoresCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const scores = useCustomerScores(customerId);
  // The currencies of the customer's paid orders (the purchase summary's, also on this page).
  const currencies = useCustomerSummary(customerId).data?.totals.map((totals) => totals.currency) ?? null;
  const latest = scores.data?.[0];

  const columns: TableColumnsType<CustomerScore> = [
    { key: 'asOf', title: t('scores.date'), dataIndex: 'asOf', render: (asOf: string) => format.day(asOf) },
    {
      key: 'segment',
      title: t('scores.segment'),
      render: (_, score) => <Tag color={segmentTagColors[score.rfmSegment]}>{label.segment(score.rfmSegment)}</Tag>,
    },
    { key: 'abcClass', title: t('scores.abcClass'), render: (_, score) => label.abcClass(score.abcClass) },
    { key: 'stage', title: t('scores.stage'), render: (_, score) => label.stage(score.loyaltyStage) },
    {
      key: 'rfm',
      title: 'R · F · M',
      render: (_, score) => [score.rScore, score.fScore, score.mScore].map((s) => s ?? '–').join(' · '),
    },
    {
      key: 'moves',
      title: t('scoreMoves.column'),
      render: (_, score) => <ScoreMoves moves={score.moves} />,
    },
  ];

  let body: ReactNode;
  if (scores.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (scores.isError) body = <LoadErrorResult error={scores.error} onRetry={() => void scores.refetch()} />;
  else if (!latest)
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scores.none')}>
        <Typography.Text type="secondary">{t('scores.noneHint')}</Typography.Text>
      </Empty>
    );
  else
    body = (
      <Flex vertical gap={16}>
        <Flex gap={8} wrap align="center" data-testid="scores-tags">
          <FilterTag to={`/customers?segment=${latest.rfmSegment}`} color={segmentTagColors[latest.rfmSegment]}>
            {label.segment(latest.rfmSegment)}
          </FilterTag>
          <FilterTag to={`/customers?abcClass=${latest.abcClass}`} color={classTagColors[latest.abcClass]}>
            {label.abcClass(latest.abcClass)}
          </FilterTag>
          <FilterTag to={`/customers?stage=${latest.loyaltyStage}`} color={stageTagColors[latest.loyaltyStage]}>
            {label.stage(latest.loyaltyStage)}
          </FilterTag>
        </Flex>
        <Row gutter={[16, 16]}>
          {(['rScore', 'fScore', 'mScore'] as const).map((key) => (
            <Col xs={8} sm={4} key={key}>
              <Statistic
                title={t(`scores.${key}`)}
                value={latest[key] ?? '–'}
                suffix={latest[key] ? '/ 5' : undefined}
                data-testid={`score-${key}`}
              />
            </Col>
          ))}
          <Col xs={12} sm={4}>
            <Statistic
              title={t('scores.recency')}
              value={latest.recencyDays === null ? t('scores.noPurchase') : format.integer(latest.recencyDays)}
            />
          </Col>
          <Col xs={12} sm={4}>
            <Statistic title={t('scores.frequency')} value={format.integer(latest.frequency)} />
          </Col>
          {/* Money with its currency is wider than a score: a whole row on phones, so it never runs past the edge. */}
          <Col xs={24} sm={4}>
            <Statistic title={t('scores.monetary')} value={format.sum(latest.monetary, currencies)} />
          </Col>
        </Row>
        {scores.data.length > 1 && (
          <div>
            <Typography.Title level={5}>{t('scores.history')}</Typography.Title>
            <Table<CustomerScore>
              size="small"
              rowKey="runId"
              columns={columns}
              dataSource={scores.data}
              pagination={scores.data.length > 5 ? { pageSize: 5, size: 'small' } : false}
              scroll={{ x: 'max-content' }}
              data-testid="scores-history"
            />
          </div>
        )}
      </Flex>
    );

  return (
    <Card
      size="small"
      title={t('scores.title')}
      extra={
        latest &&
        !isPhone && (
          <Typography.Text type="secondary">{t('scores.asOf', { date: format.day(latest.asOf) })}</Typography.Text>
        )
      }
      data-testid="customer-scores"
    >
      {body}
    </Card>
  );
}
