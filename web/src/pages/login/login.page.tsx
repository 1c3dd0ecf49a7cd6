import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { authKeys, useSessionUser, useSetupStatus } from '../../api/auth.api.ts';
import { ApiError } from '../../api-client.ts';
import { AuthCard } from '../../components/auth-card.tsx';
import { emailRules } from '../../components/form-rules.ts';
import { FullPageSpin } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { loginRefusalText, loginSolvingChallenge } from './login-attempt.ts';

interface LoginValues {
  email: string;
  password: string;
  /** The authenticator app's code, asked for once the server answers 401 totp_required. */
  totpCode?: string;
}

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/work';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const setup = useSetupStatus();
  const session = useSessionUser();
  // While the browser solves the server's proof-of-work after many failed logins.
  const [checking, setChecking] = useState(false);
  // After a right password for an account with two-factor sign-in: the form asks for the code too.
  const [askCode, setAskCode] = useState(false);
  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      loginSolvingChallenge(
        { email: values.email.trim(), password: values.password, totpCode: values.totpCode?.trim() || undefined },
        setChecking,
      ),
    meta: { keepSession: true },
    onSuccess: ({ user }) => {
      queryClient.setQueryData(authKeys.me, user);
      navigate(returnPath(location.state), { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'totp_required') setAskCode(true);
      // 401 (wrong email or password) and 429 (too many attempts) are shown in the form.
      if (!(error instanceof ApiError && (error.status === 401 || error.status === 429))) showError(error, form);
    },
  });

  if (setup.isPending || session.isPending) return <FullPageSpin />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (session.data && !login.isPending) return <Navigate to={returnPath(location.state)} replace />;

  const refusal =
    login.error instanceof ApiError && [401, 429].includes(login.error.status) && login.error.code !== 'totp_required'
      ? login.error
      : null;
  return (
    <AuthCard title={t('auth.loginTitle')}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
        {refusal && (
          <Alert
            type={refusal.status === 429 ? 'warning' : 'error'}
            title={loginRefusalText(t, refusal)}
            showIcon
            role="alert"
            data-testid="login-error"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {askCode && (
          <Form.Item
            name="totpCode"
            label={t('security.twoFactor.loginCode')}
            extra={t('security.twoFactor.loginCodeHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus data-testid="login-totp" />
          </Form.Item>
        )}
        {checking && <Alert type="info" title={t('signIn.checkingHint')} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {checking ? t('signIn.checking') : t('auth.loginSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
