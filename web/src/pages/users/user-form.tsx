import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/domain.types.ts';
import { type NewUser, userKeys, usersApi } from '../../api/users.api.ts';
import { emailRules, newPasswordRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useEnumOptions } from '../../hooks/use-enum-options.ts';

/** An administrator creates a user with a first password. Mount afresh for each use (see useOverlay). */
export function UserFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const options = useEnumOptions();

  const create = useMutation({
    mutationFn: (values: NewUser) =>
      usersApi.create({ ...values, email: values.email.trim(), name: values.name.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('user.created'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('user.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form<NewUser>
        form={form}
        layout="vertical"
        initialValues={{ role: 'relationship_manager' satisfies Role }}
        onFinish={(values) => create.mutate(values)}
        data-testid="user-form"
      >
        <Form.Item name="email" label={t('user.fields.email')} rules={emailRules(t)}>
          <Input type="email" autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('user.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('user.fields.role')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={options.role} />
        </Form.Item>
        <Form.Item name="password" label={t('user.fields.password')} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
