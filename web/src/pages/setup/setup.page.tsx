import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { authApi, authKeys, useSetupStatus } from '../../api/auth.api.ts';
import { demoApi } from '../../api/demo.api.ts';
import { isApiError } from '../../api-client.ts';
import { AuthCard } from '../../components/auth-card.tsx';
import { confirmPasswordRules, emailRules, newPasswordRules } from '../../components/form-rules.ts';
import { FullPageSpin } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { loginRefusalText } from '../login/login-attempt.ts';
import { DemoDataModal } from './demo-data-modal.tsx';

interface SetupValues {
  setupCode: string;
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
  loadDemo: boolean;
}

/** First run: create the first administrator (and, if asked, a demo company), then go straight in. */
export function SetupPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const setup = useSetupStatus();
  const enter = () => navigate('/customers', { replace: true });
  const loadDemo = useMutation({ mutationFn: () => demoApi.load() });
  const createAdmin = useMutation({
    mutationFn: (values: SetupValues) =>
      authApi.setup({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        setupCode: values.setupCode.trim(),
      }),
    meta: { keepSession: true },
    onSuccess: ({ user }, values) => {
      queryClient.setQueryData(authKeys.setup, { needed: false });
      queryClient.setQueryData(authKeys.me, user);
      if (values.loadDemo) loadDemo.mutate();
      else enter();
    },
    onError: (error) => {
      // A wrong setup code, or too many of them, is said at its field in the page's language.
      if (isApiError(error, 403) && error.code === 'setup_code_invalid')
        form.setFields([{ name: 'setupCode', errors: [t('signIn.setupCodeWrong')] }]);
      else if (isApiError(error, 429)) form.setFields([{ name: 'setupCode', errors: [loginRefusalText(t, error)] }]);
      else showError(error, form);
    },
  });

  if (setup.isPending) return <FullPageSpin />;
  if (setup.data && !setup.data.needed && !createAdmin.isSuccess) return <Navigate to="/login" replace />;

  return (
    <AuthCard title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ loadDemo: false }}
        onFinish={(values) => createAdmin.mutate(values)}
      >
        <Form.Item
          name="setupCode"
          label={t('signIn.setupCode')}
          extra={t('signIn.setupCodeHint')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="off" spellCheck={false} autoFocus data-testid="setup-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('auth.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="name" />
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
        <Form.Item name="loadDemo" valuePropName="checked">
          <Checkbox data-testid="setup-demo">{t('demo.checkbox')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={createAdmin.isPending} data-testid="setup-submit">
          {t('auth.setupSubmit')}
        </Button>
      </Form>
      <DemoDataModal
        open={!loadDemo.isIdle}
        loading={loadDemo.isPending}
        result={loadDemo.data}
        error={loadDemo.error}
        onEnter={enter}
      />
    </AuthCard>
  );
}
