import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { authApi, authKeys, useSetupStatus } from '../../api/auth.api.ts';
import { AuthCard } from '../../components/auth-card.tsx';
import { confirmPasswordRules, emailRules, newPasswordRules } from '../../components/form-rules.ts';
import { FullPageSpin } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';

interface SetupValues {
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
}

/** First run: create the first administrator, then go straight in. */
export function SetupPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const setup = useSetupStatus();
  const createAdmin = useMutation({
    mutationFn: (values: SetupValues) =>
      authApi.setup({ name: values.name.trim(), email: values.email.trim(), password: values.password }),
    meta: { keepSession: true },
    onSuccess: ({ user }) => {
      queryClient.setQueryData(authKeys.setup, { needed: false });
      queryClient.setQueryData(authKeys.me, user);
      navigate('/customers', { replace: true });
    },
    onError: (error) => showError(error, form),
  });

  if (setup.isPending) return <FullPageSpin />;
  if (setup.data && !setup.data.needed && !createAdmin.isSuccess) return <Navigate to="/login" replace />;

  return (
    <AuthCard title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => createAdmin.mutate(values)}>
        <Form.Item
          name="name"
          label={t('auth.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="name" autoFocus />
        </Form.Item>
        <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.confirmPassword')}
          dependencies={['password']}
          rules={confirmPasswordRules(t, 'password')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={createAdmin.isPending} data-testid="setup-submit">
          {t('auth.setupSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
