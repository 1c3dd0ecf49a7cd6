import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.api.ts';
import { confirmPasswordRules, newPasswordRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmNewPassword: string;
}

export function PasswordChangeForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const showError = useApiError();

  const change = useMutation({
    mutationFn: (values: PasswordValues) =>
      authApi.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    // A wrong current password may answer 401; that is not a lost session.
    meta: { keepSession: true },
    onSuccess: () => {
      form.resetFields();
      message.success(t('account.passwordChanged'));
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 400 }}
      onFinish={(values) => change.mutate(values)}
      data-testid="password-form"
    >
      <Form.Item
        name="currentPassword"
        label={t('account.currentPassword')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('account.newPassword')} rules={newPasswordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmNewPassword"
        label={t('account.confirmNewPassword')}
        dependencies={['newPassword']}
        rules={confirmPasswordRules(t, 'newPassword')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
