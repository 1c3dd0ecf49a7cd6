import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/domain.types.ts';
import { type PasswordReset, userKeys, usersApi } from '../../api/users.api.ts';
import { newPasswordRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

interface ResetValues {
  mode: 'generate' | 'choose';
  password?: string;
}

/**
 * An administrator resets another user's password: generated (shown once, to copy) or chosen. The
 * user must choose their own at the next sign-in. Mount afresh for each use.
 */
export function PasswordResetModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const mode = Form.useWatch('mode', form);
  const queryClient = useQueryClient();
  const showError = useApiError();

  const reset = useMutation({
    mutationFn: (values: ResetValues) =>
      usersApi.resetPassword(user.id, values.mode === 'choose' ? values.password : undefined),
    onSuccess: (answer: PasswordReset) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('team.resetDone'));
      if (!answer.temporaryPassword) onClose();
    },
    onError: (error) => showError(error, form),
  });
  const shown = reset.data?.temporaryPassword;

  return (
    <Modal
      open={open}
      title={t('team.resetTitle', { name: user.name })}
      okText={shown ? t('common.close') : t('team.reset')}
      okButtonProps={{ danger: !shown, id: 'password-reset-submit' }}
      cancelButtonProps={{ style: shown ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      onOk={() => (shown ? onClose() : form.submit())}
      onCancel={onClose}
      confirmLoading={reset.isPending}
    >
      {shown ? (
        <Alert
          type="warning"
          showIcon
          title={t('team.shownOnce', { name: user.name })}
          description={
            <Typography.Text code copyable strong style={{ fontSize: 16 }} data-testid="temporary-password">
              {shown}
            </Typography.Text>
          }
        />
      ) : (
        <Form<ResetValues>
          form={form}
          layout="vertical"
          initialValues={{ mode: 'generate' }}
          onFinish={(values) => reset.mutate(values)}
          data-testid="password-reset-form"
        >
          <Typography.Paragraph type="secondary">{t('team.resetHint')}</Typography.Paragraph>
          <Form.Item name="mode" label={t('team.resetMode')}>
            <Radio.Group
              options={[
                { value: 'generate', label: t('team.generate') },
                { value: 'choose', label: t('team.choose') },
              ]}
            />
          </Form.Item>
          {mode === 'choose' && (
            <Form.Item
              name="password"
              label={t('team.temporaryPassword')}
              rules={newPasswordRules(t)}
              extra={t('security.passwordRule')}
            >
              <Input.Password autoComplete="new-password" autoFocus />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
