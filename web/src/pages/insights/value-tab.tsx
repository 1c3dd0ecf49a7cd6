import { Col, Empty, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValuePyramids } from '../../api/analytics.api.ts';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { AbcClassChart } from './abc-class-chart.tsx';
import { ChartCard } from './chart-card.tsx';
import { type Measure, MeasureSwitch } from './measure-switch.tsx';
import { ParetoChart } from './pareto-chart.tsx';
import { PyramidChart } from './pyramid-chart.tsx';
import { ScorecardChart } from './scorecard-chart.tsx';

/** Customer value: the 80/20 curve and ABC classes, the value pyramids and the value scorecard. */
export function ValueTab({ summary }: { summary: AnalysisSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useAnalysisLabels();
  const pyramids = useValuePyramids();
  const [measure, setMeasure] = useState<Measure>('customers');
  const { abc } = summary;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard title={t('insights.abc.paretoTitle')} hint={t('insights.abc.paretoHint')} testId="card-pareto">
          {abc.buyers === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.abc.noBuyers')} />
          ) : (
            <>
              {abc.topFifthRevenueShare !== null && (
                <Typography.Text strong data-testid="top-fifth-share">
                  {t('insights.abc.topFifth', { share: format.percent(abc.topFifthRevenueShare) })}
                </Typography.Text>
              )}
              <ParetoChart abc={abc} />
            </>
          )}
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('insights.abc.classesTitle')}
          hint={t('insights.clickHint')}
          controls={<MeasureSwitch value={measure} onChange={setMeasure} />}
          testId="card-abc-classes"
        >
          <AbcClassChart abc={abc} measure={measure} />
        </ChartCard>
      </Col>
      {summary.pyramids.length === 0 && (
        <Col xs={24}>
          <ChartCard title={t('insights.pyramid.title')}>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.pyramid.none')} />
          </ChartCard>
        </Col>
      )}
      {summary.pyramids.map((pyramid) => (
        <Col xs={24} lg={12} key={pyramid.id}>
          <ChartCard title={label.pyramid(pyramid.name)} hint={t('insights.clickHint')} testId="card-pyramid">
            <PyramidChart pyramid={pyramid} shares={pyramids.data?.find((p) => p.id === pyramid.id)?.tiers} />
          </ChartCard>
        </Col>
      ))}
      <Col xs={24} lg={12}>
        <ChartCard title={t('insights.scorecard.title')} hint={t('insights.clickHint')} testId="card-scorecard">
          <ScorecardChart scorecard={summary.scorecard} />
        </ChartCard>
      </Col>
    </Row>
  );
}
