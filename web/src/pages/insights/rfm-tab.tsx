import { Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { ChartCard } from './chart-card.tsx';
import { type Measure, MeasureSwitch } from './measure-switch.tsx';
import { RfmGridChart } from './rfm-grid-chart.tsx';
import { RfmScoringCard } from './rfm-scoring-card.tsx';
import { SegmentBarChart } from './segment-bar-chart.tsx';

/** RFM: the R×F grid and the segments' sizes, by customers or revenue, and how the scores were set. */
export function RfmTab({ summary }: { summary: AnalysisSummary }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<Measure>('customers');
  const switcher = <MeasureSwitch value={measure} onChange={setMeasure} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('insights.rfm.gridTitle')}
          hint={t('insights.rfm.gridHint')}
          controls={switcher}
          testId="card-rfm-grid"
        >
          <RfmGridChart summary={summary} measure={measure} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('insights.rfm.segmentsTitle')}
          hint={t('insights.clickHint')}
          controls={switcher}
          testId="card-segments"
        >
          <SegmentBarChart summary={summary} measure={measure} />
        </ChartCard>
      </Col>
      <Col span={24}>
        <RfmScoringCard run={summary.run} />
      </Col>
    </Row>
  );
}
