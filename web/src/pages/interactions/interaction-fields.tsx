import { Collapse, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../api/contacts.api.ts';
import { useContactOptions } from '../../hooks/use-contact-labels.ts';

const amountPattern = /^\d{1,14}(\.\d{1,2})?$/;

/**
 * The fields of an interaction (关系营销的要素) inside a Form: the few a phone needs first (medium,
 * direction, outcome, note, next step), the rest folded. Folded fields are rendered all the same,
 * so the server's field errors can land on them.
 */
export function InteractionFields({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const options = useContactOptions();
  const contacts = useContacts(customerId ?? '', Boolean(customerId));
  const contactOptions = (contacts.data ?? []).map((contact) => ({ value: contact.id, label: contact.name }));

  return (
    <>
      <Form.Item name="medium" label={t('interaction.fields.medium')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={options.medium} data-testid="interaction-medium" />
      </Form.Item>
      <Form.Item name="direction" label={t('interaction.fields.direction')}>
        <Radio.Group optionType="button" options={options.direction} />
      </Form.Item>
      <Form.Item name="outcome" label={t('interaction.fields.outcome')}>
        <Select allowClear options={options.outcome} data-testid="interaction-outcome" />
      </Form.Item>
      <Form.Item name="note" label={t('interaction.fields.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} data-testid="interaction-note" />
      </Form.Item>
      <Form.Item name="nextStep" label={t('interaction.fields.nextStep')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'more',
            label: t('interaction.more'),
            forceRender: true,
            children: (
              <>
                <Form.Item
                  name="occurredAt"
                  label={t('interaction.fields.occurredAt')}
                  extra={t('interaction.occurredAtHint')}
                >
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name="durationMinutes" label={t('interaction.fields.durationMinutes')}>
                  <InputNumber min={0} max={1440} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name="cost"
                  label={t('interaction.fields.cost')}
                  rules={[{ pattern: amountPattern, message: t('interaction.amountInvalid') }]}
                >
                  <Input inputMode="decimal" />
                </Form.Item>
                <Form.Item name="content" label={t('interaction.fields.content')}>
                  <Radio.Group optionType="button" options={options.content} />
                </Form.Item>
                <Form.Item name="method" label={t('interaction.fields.method')}>
                  <Radio.Group optionType="button" options={options.method} />
                </Form.Item>
                {contactOptions.length > 0 && (
                  <Form.Item name="contactIds" label={t('interaction.fields.contacts')}>
                    <Select mode="multiple" allowClear options={contactOptions} />
                  </Form.Item>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
