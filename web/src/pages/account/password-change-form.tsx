import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.api.ts';
import { calendarFeedKeys } from '../../api/calendar-feed.api.ts';
import { tokenKeys } from '../../api/tokens.api.ts';
import { confirmPasswordRules, newPasswordRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmNewPassword: string;
  revokeTokens: boolean;
  revokeCalendarFeed: boolean;
}

/** `onChanged` runs after the password was changed (the gate after an administrator's reset reopens the app). */
export function PasswordChangeForm({ onChanged }: { onChanged?: () => void } = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const showError = useApiError();
  const queryClient = useQueryClient();

  const change = useMutation({
    mutationFn: (values: PasswordValues) =>
      authApi.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        revokeTokens: values.revokeTokens,
        revokeCalendarFeed: values.revokeCalendarFeed,
      }),
    // A wrong current password may answer 401; that is not a lost session.
    meta: { keepSession: true },
    onSuccess: (_, values) => {
      form.resetFields();
      if (values.revokeTokens) void queryClient.invalidateQueries({ queryKey: tokenKeys.all });
      if (values.revokeCalendarFeed) void queryClient.invalidateQueries({ queryKey: calendarFeedKeys.status });
      message.success(t('account.passwordChanged'));
      onChanged?.();
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
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        rules={newPasswordRules(t)}
        extra={t('security.passwordRule')}
      >
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
      <Form.Item name="revokeTokens" valuePropName="checked" initialValue={false} style={{ marginBottom: 0 }}>
        <Checkbox data-testid="password-revoke-tokens">{t('security.revokeTokens')}</Checkbox>
      </Form.Item>
      <Form.Item name="revokeCalendarFeed" valuePropName="checked" initialValue={false} style={{ marginBottom: 4 }}>
        <Checkbox>{t('security.revokeCalendarFeed')}</Checkbox>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('security.revokeHint')}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
