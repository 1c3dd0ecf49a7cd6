import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Rate, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactsApi } from '../../api/contacts.api.ts';
import { customerKeys } from '../../api/customers.api.ts';
import type { Attitude, BuyingRole, Contact, ContactInput } from '../../api/domain.types.ts';
import { phoneRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useEnumOptions } from '../../hooks/use-enum-options.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';

interface ContactFormValues {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  buyingRole: BuyingRole;
  attitude: Attitude;
  trust: number;
  notes?: string | null;
}

interface ContactFormModalProps {
  open: boolean;
  customerId: string;
  /** The contact to edit; a new one when left out. */
  contact?: Contact;
  onClose: () => void;
}

const text = (value: string | null | undefined) => value?.trim() || null;

/** Create or edit a contact (联系人) of an organization. Mount afresh for each use (see useOverlay). */
export function ContactFormModal({ open, customerId, contact, onClose }: ContactFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const options = useEnumOptions();
  const typed = {
    name: Form.useWatch('name', form),
    phone: Form.useWatch('phone', form),
    email: Form.useWatch('email', form),
  };

  const save = useMutation({
    mutationFn: (values: ContactFormValues) => {
      const input: ContactInput = {
        name: values.name.trim(),
        title: text(values.title),
        phone: text(values.phone),
        email: text(values.email),
        buyingRole: values.buyingRole,
        attitude: values.attitude,
        trust: values.trust,
        notes: text(values.notes),
      };
      if (contact) return contactsApi.update(contact.id, input);
      const created = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
      return contactsApi.create(customerId, created);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customerKeys.contacts(customerId) });
      message.success(contact ? t('contact.saved') : t('contact.created'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  const initialValues: ContactFormValues = contact ?? { name: '', buyingRole: 'other', attitude: 'neutral', trust: 3 };

  return (
    <Modal
      open={open}
      title={contact ? t('contact.edit') : t('contact.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'contact-save' }}
      footer={(buttons) => (
        <>
          <DuplicateWarning
            record={{ kind: 'contact', customerId, excludeId: contact?.id }}
            values={typed}
            saved={contact}
          />
          {buttons}
        </>
      )}
    >
      <Form<ContactFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        data-testid="contact-form"
      >
        <Form.Item
          name="name"
          label={t('contact.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="title" label={t('contact.fields.title')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="buyingRole"
          label={t('contact.fields.buyingRole')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={options.buyingRole} />
        </Form.Item>
        <Form.Item
          name="attitude"
          label={t('contact.fields.attitude')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={options.attitude} />
        </Form.Item>
        <Form.Item
          name="trust"
          label={t('contact.fields.trust')}
          rules={[
            { required: true, message: t('validation.trustRange') },
            { type: 'integer', min: 1, max: 5, message: t('validation.trustRange') },
          ]}
        >
          <Rate count={5} allowClear={false} />
        </Form.Item>
        <Form.Item name="phone" label={t('contact.fields.phone')} rules={phoneRules(t)}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('contact.fields.email')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input type="email" />
        </Form.Item>
        <Form.Item name="notes" label={t('contact.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
