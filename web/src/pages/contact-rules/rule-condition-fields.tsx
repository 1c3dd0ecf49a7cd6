import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useValuePyramids } from '../../api/analytics.api.ts';
import { abcClasses } from '../../api/analytics.types.ts';
import { loyaltyStages, rfmSegments, valueQuadrants } from '../../api/domain.types.ts';
import { useUsers } from '../../api/users.api.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';

const segments = [...rfmSegments, 'prospect'] as const;
const tierNumbers = [1, 2, 3, 4, 5, 6, 7];

/** Which customers a rule applies to: segments, classes, stages, quadrants, a pyramid's tiers, tags, owners. */
export function RuleConditionFields() {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const pyramids = useValuePyramids();
  const users = useUsers();
  const pyramidId = Form.useWatch('pyramidId');
  const pyramid = pyramids.data?.find((p) => p.id === pyramidId);
  const tierCount = pyramid?.tiers.length ?? tierNumbers.length;

  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name="segments" label={t('rules.fields.segments')}>
          <Select
            mode="multiple"
            allowClear
            options={segments.map((value) => ({ value, label: label.segment(value) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="stages" label={t('rules.fields.stages')}>
          <Select
            mode="multiple"
            allowClear
            options={loyaltyStages.map((value) => ({ value, label: label.stage(value) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="abcClasses" label={t('rules.fields.abcClasses')}>
          <Select
            mode="multiple"
            allowClear
            options={abcClasses.map((value) => ({ value, label: label.abcClass(value) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="quadrants" label={t('rules.fields.quadrants')}>
          <Select
            mode="multiple"
            allowClear
            options={valueQuadrants.map((value) => ({ value, label: label.quadrant(value) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="pyramidId" label={t('rules.fields.pyramid')}>
          <Select
            allowClear
            loading={pyramids.isPending}
            options={(pyramids.data ?? []).map((p) => ({ value: p.id, label: label.pyramid(p.name) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="tiers" label={t('rules.fields.tiers')}>
          <Select
            mode="multiple"
            allowClear
            disabled={!pyramidId}
            options={tierNumbers
              .slice(0, tierCount)
              .map((tier) => ({ value: tier, label: t('rules.tierOption', { tier }) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="tags" label={t('rules.fields.tags')}>
          <Select mode="tags" allowClear open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="ownerIds" label={t('rules.fields.owners')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
