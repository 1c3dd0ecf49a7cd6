import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { customerKeys, customersApi } from '../../api/customers.api.ts';
import type { Customer, CustomerInput } from '../../api/domain.types.ts';
import { useUsers } from '../../api/users.api.ts';
import { phoneRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useEnumOptions } from '../../hooks/use-enum-options.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useMayAssignOwners, useSession } from '../../session/session-context.ts';
import { type CustomerFormValues, changedFields, toCustomerInput, toFormValues } from './customer-form-values.ts';
import { CustomerPicker } from './customer-picker.tsx';
import { DuplicateWarning } from './duplicate-warning.tsx';

interface CustomerFormDrawerProps {
  open: boolean;
  /** The customer to edit; a new one when left out. */
  customer?: Customer;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

/** Create or edit a customer, in a drawer (full width on phones). Mount afresh for each use (see useOverlay). */
export function CustomerFormDrawer({ open, customer, onClose, onSaved }: CustomerFormDrawerProps) {
  const { t } = useTranslation();
  const mayAssignOwners = useMayAssignOwners();
  const { message } = App.useApp();
  const [form] = Form.useForm<CustomerFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();
  const session = useSession();
  const users = useUsers();
  const options = useEnumOptions();
  const source = Form.useWatch('source', form);
  const typed = {
    kind: Form.useWatch('kind', form),
    name: Form.useWatch('name', form),
    phone: Form.useWatch('phone', form),
    email: Form.useWatch('email', form),
  };

  const save = useMutation({
    mutationFn: async (values: CustomerFormValues): Promise<Customer> => {
      const input = toCustomerInput(values);
      if (!customer) return customersApi.create(dropEmpty(input));
      const patch = changedFields(customer, input);
      return Object.keys(patch).length > 0 ? customersApi.update(customer.id, patch) : customer;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(customerKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      message.success(customer ? t('customer.saved') : t('customer.created'));
      onSaved(saved);
    },
    onError: (error) => showError(error, form),
  });

  const userOptions = (users.data ?? []).map((user) => ({ value: user.id, label: user.name, disabled: user.disabled }));
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      title={customer ? t('customer.edit') : t('customer.new')}
      footer={
        <>
          {typed.kind && (
            <DuplicateWarning
              record={{ kind: 'customer', customerKind: typed.kind, excludeId: customer?.id }}
              values={typed}
              saved={customer}
            />
          )}
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="customer-save">
              {t('common.save')}
            </Button>
          </Space>
        </>
      }
    >
      <Form<CustomerFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(customer, session.id)}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
        data-testid="customer-form"
      >
        <Form.Item
          name="kind"
          label={t('customer.fields.kind')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" options={options.kind} />
        </Form.Item>
        <Form.Item name="name" label={t('customer.fields.name')} rules={required}>
          <Input maxLength={200} autoFocus={!customer} />
        </Form.Item>
        <Form.Item name="internal" label={t('customer.fields.internal')}>
          <Radio.Group
            options={[
              { value: false, label: t('customer.internal.false') },
              { value: true, label: t('customer.internal.true') },
            ]}
          />
        </Form.Item>
        <Form.Item name="level" label={t('customer.fields.level')}>
          <Select options={options.level} />
        </Form.Item>
        <Form.Item name="source" label={t('customer.fields.source')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options.leadSource} />
        </Form.Item>
        {(source === 'referral' || source === 'notable_referral') && (
          <Form.Item name="referredById" label={t('customer.fields.referredBy')}>
            <CustomerPicker excludeId={customer?.id} />
          </Form.Item>
        )}
        <Form.Item name="ownerId" label={t('customer.fields.owner')}>
          <Select
            disabled={!mayAssignOwners}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={userOptions}
            loading={users.isPending}
          />
        </Form.Item>
        <Form.Item name="sharedWithIds" label={t('customer.fields.sharedWith')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={userOptions} />
        </Form.Item>
        <Form.Item name="phone" label={t('customer.fields.phone')} rules={phoneRules(t)}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('customer.fields.email')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="tags" label={t('customer.fields.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="industry" label={t('customer.fields.industry')}>
          <Input />
        </Form.Item>
        <Form.Item name="region" label={t('customer.fields.region')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('customer.fields.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="externalId" label={t('customer.fields.externalId')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="walletEstimate"
          label={t('customer.fields.walletEstimate')}
          tooltip={t('scores.walletEstimateHint')}
        >
          <InputNumber<string> stringMode min="0" precision={2} disabled={!mayAssignOwners} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="potentialScore"
          label={t('customer.fields.potentialScore')}
          tooltip={t('scores.potentialScoreHint')}
        >
          <InputNumber min={0} max={100} precision={0} disabled={!mayAssignOwners} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('customer.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** A new customer is sent without the fields left empty. */
function dropEmpty(input: CustomerInput): CustomerInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}
