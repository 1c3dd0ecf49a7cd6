import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { loyaltyStages, type RuleTrigger, rfmSegments } from '../../api/domain.types.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useContactOptions } from '../../hooks/use-contact-labels.ts';
import { daysTriggers } from './rule-form-values.ts';

const segments = [...rfmSegments, 'prospect'] as const;

/** When a rule fires: the trigger, and only the fields that trigger uses, each with what it means. */
export function RuleTriggerFields() {
  const { t } = useTranslation();
  const options = useContactOptions();
  const label = useAnalysisLabels();
  const trigger: RuleTrigger | undefined = Form.useWatch('trigger');
  const form = Form.useFormInstance();
  const enteredOptions: { value: string; label: string }[] =
    trigger === 'entered_segment'
      ? segments.map((value) => ({ value, label: label.segment(value) }))
      : loyaltyStages.map((value) => ({ value, label: label.stage(value) }));

  return (
    <>
      <Form.Item name="trigger" label={t('rules.fields.trigger')} rules={[{ required: true }]}>
        <Select
          options={options.trigger}
          onChange={() => form.setFieldsValue({ enteredValue: null, fromValue: null })}
          data-testid="rule-trigger"
        />
      </Form.Item>
      {trigger && daysTriggers.includes(trigger) && (
        <Form.Item
          name="days"
          label={t('rules.fields.days')}
          extra={t('rules.daysHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {(trigger === 'entered_segment' || trigger === 'entered_stage') && (
        <>
          <Form.Item
            name="enteredValue"
            label={t('rules.fields.enteredValue')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select options={enteredOptions} />
          </Form.Item>
          <Form.Item name="fromValue" label={t('rules.fields.fromValue')}>
            <Select allowClear placeholder={t('rules.anyValue')} options={enteredOptions} />
          </Form.Item>
        </>
      )}
      <Form.Item name="delayDays" label={t('rules.fields.delayDays')} extra={t('rules.delayHint')}>
        <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="horizonDays" label={t('rules.fields.horizonDays')} extra={t('rules.horizonHint')}>
        <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
