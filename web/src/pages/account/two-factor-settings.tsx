import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, QRCode, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authKeys } from '../../api/auth.api.ts';
import { twoFactorApi, twoFactorKeys, useTwoFactorStatus } from '../../api/two-factor.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { TotpCodeInput } from '../../components/totp-code-input.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';

interface ProofValues {
  code?: string;
  password?: string;
}

/** 两步验证: set up an authenticator app (QR code and key, confirmed with a code), or turn it off. */
export function TwoFactorSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const format = useFormat();
  const status = useTwoFactorStatus();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [confirmForm] = Form.useForm<{ code: string }>();
  const [offForm] = Form.useForm<ProofValues>();

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: twoFactorKeys.status });
    void queryClient.invalidateQueries({ queryKey: authKeys.me });
  };
  const start = useMutation({
    mutationFn: twoFactorApi.start,
    onSuccess: (answer) => setEnrolment(answer),
    onError: (error) => showError(error),
  });
  const confirm = useMutation({
    mutationFn: (code: string) => twoFactorApi.confirm(code),
    onSuccess: () => {
      setEnrolment(null);
      confirmForm.resetFields();
      refresh();
      message.success(t('security.twoFactor.turnedOn'));
    },
    onError: (error) => showError(error, confirmForm),
  });
  const turnOff = useMutation({
    mutationFn: (values: ProofValues) =>
      twoFactorApi.disable(values.code?.trim() ? { code: values.code.trim() } : { password: values.password }),
    // A wrong password answers 400, never a lost session.
    meta: { keepSession: true },
    onSuccess: () => {
      offForm.resetFields();
      refresh();
      message.success(t('security.twoFactor.turnedOff'));
    },
    onError: (error) => showError(error, offForm),
  });

  if (status.isError) return <LoadErrorResult error={status.error} onRetry={() => void status.refetch()} />;
  const enabled = status.data?.enabled ?? false;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="two-factor">
      <Typography.Text type="secondary">{t('security.twoFactor.hint')}</Typography.Text>
      <Typography.Text strong data-testid="two-factor-status">
        {status.isPending
          ? t('common.loading')
          : enabled
            ? t('security.twoFactor.on', { date: format.dateTime(status.data?.enabledAt) })
            : t('security.twoFactor.off')}
      </Typography.Text>
      {!enabled && !enrolment && (
        <Button type="primary" loading={start.isPending} onClick={() => start.mutate()} data-testid="two-factor-start">
          {t('security.twoFactor.setUp')}
        </Button>
      )}
      {!enabled && enrolment && (
        <Flex gap={16} wrap align="flex-start">
          <QRCode value={enrolment.uri} size={176} bordered={false} />
          <Space orientation="vertical" size={8} style={{ maxWidth: 360 }}>
            <Typography.Text>{t('security.twoFactor.scan')}</Typography.Text>
            <Typography.Text type="secondary">{t('security.twoFactor.key')}</Typography.Text>
            <Typography.Text
              code
              copyable={{ text: enrolment.secret, tooltips: [t('common.copy'), t('common.copied')] }}
              style={{ wordBreak: 'break-all' }}
              data-testid="two-factor-secret"
            >
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Typography.Text>
            <Form form={confirmForm} layout="inline" onFinish={(values) => confirm.mutate(values.code.trim())}>
              <Form.Item name="code" rules={[{ required: true, message: t('validation.required') }]}>
                <TotpCodeInput />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="two-factor-confirm">
                {t('security.twoFactor.turnOn')}
              </Button>
            </Form>
          </Space>
        </Flex>
      )}
      {enabled && (
        <Form<ProofValues>
          form={offForm}
          layout="inline"
          onFinish={(values) =>
            values.code?.trim() || values.password
              ? turnOff.mutate(values)
              : offForm.setFields([{ name: 'code', errors: [t('security.twoFactor.codeOrPassword')] }])
          }
        >
          <Typography.Text type="secondary" style={{ width: '100%', marginBottom: 8 }}>
            {t('security.twoFactor.turnOffHint')}
          </Typography.Text>
          <Form.Item name="code">
            <TotpCodeInput />
          </Form.Item>
          <Form.Item name="password">
            <Input.Password
              aria-label={t('security.twoFactor.password')}
              placeholder={t('security.twoFactor.password')}
              autoComplete="current-password"
              style={{ width: 200 }}
            />
          </Form.Item>
          <Button danger htmlType="submit" loading={turnOff.isPending}>
            {t('security.twoFactor.turnOff')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
