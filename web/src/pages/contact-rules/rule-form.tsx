import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Collapse, Drawer, Form, Input, InputNumber, Radio, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ContactRule, contactRuleKeys, contactRulesApi } from '../../api/contact-rules.api.ts';
import { useApiError, withoutFieldPrefix } from '../../hooks/use-api-error.ts';
import { useContactOptions } from '../../hooks/use-contact-labels.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { RuleConditionFields } from './rule-condition-fields.tsx';
import { type RuleFormValues, toRuleFormValues, toRuleInput } from './rule-form-values.ts';
import { RuleTriggerFields } from './rule-trigger-fields.tsx';

interface RuleFormDrawerProps {
  open: boolean;
  /** The rule to edit; a new one when left out. */
  rule?: ContactRule;
  onClose: () => void;
}

/** Create or edit a contact rule (客户接触频率规则). Mount afresh for each use (see useOverlay). */
export function RuleFormDrawer({ open, rule, onClose }: RuleFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();
  const options = useContactOptions();
  const initialValues = toRuleFormValues(rule);
  const hasConditions = Boolean(rule && Object.keys(rule.conditions).length > 0);

  const save = useMutation({
    mutationFn: (values: RuleFormValues) =>
      rule ? contactRulesApi.update(rule.id, toRuleInput(values)) : contactRulesApi.create(toRuleInput(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactRuleKeys.all });
      message.success(rule ? t('rules.saved') : t('rules.created'));
      onClose();
    },
    onError: (error) => showError(withoutFieldPrefix(error, 'conditions'), form),
  });
  // While a built-in rule keeps the shipped text, it follows the settings and the reader's language.
  const name = Form.useWatch('name', form) ?? initialValues.name;
  const titleTemplate = Form.useWatch('titleTemplate', form) ?? initialValues.titleTemplate;
  const followsName = Boolean(rule?.builtInName) && name === initialValues.name;
  const followsTitle = Boolean(rule?.builtInTitle) && titleTemplate === initialValues.titleTemplate;
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 600}
      title={rule ? t('rules.edit') : t('rules.new')}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="rule-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<RuleFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
        data-testid="rule-form"
      >
        <Form.Item
          name="name"
          label={t('rules.fields.name')}
          extra={followsName ? <span data-testid="rule-name-built-in">{t('rules.builtInNameHint')}</span> : undefined}
          rules={required}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="enabled" label={t('rules.fields.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <RuleTriggerFields />
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          defaultActiveKey={hasConditions ? ['conditions'] : []}
          items={[
            {
              key: 'conditions',
              label: t('rules.fields.conditions'),
              forceRender: true,
              children: <RuleConditionFields />,
            },
          ]}
        />
        <Space size={16} wrap>
          <Form.Item name="createTask" valuePropName="checked" noStyle>
            <Checkbox>{t('rules.fields.createTask')}</Checkbox>
          </Form.Item>
          <Form.Item name="notify" valuePropName="checked" noStyle>
            <Checkbox>{t('rules.fields.notify')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item
          name="titleTemplate"
          label={t('rules.fields.titleTemplate')}
          extra={
            <>
              {followsTitle && <div data-testid="rule-title-built-in">{t('rules.builtInTitleHint')}</div>}
              {t('rules.titleHint')}
            </>
          }
          rules={required}
          style={{ marginTop: 16 }}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="taskPriority" label={t('rules.fields.taskPriority')}>
          <Radio.Group optionType="button" options={options.priority} />
        </Form.Item>
        <Form.Item name="dueDays" label={t('rules.fields.dueDays')} extra={t('rules.dueDaysHint')}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
