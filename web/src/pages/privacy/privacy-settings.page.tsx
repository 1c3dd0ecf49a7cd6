import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PrivacySettings, privacyApi, privacyKeys, usePrivacySettings } from '../../api/privacy.api.ts';
import { FullPageSpin, LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsAdmin } from '../../session/session-context.ts';

/** 隐私: the retention of contacts' personal data (administrators change it, managers read it). */
export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const settings = usePrivacySettings();
  if (settings.isPending) return <FullPageSpin />;
  if (settings.isError) return <LoadErrorResult error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('privacy.settings.title')}
      </Typography.Title>
      <Card size="small" title={t('privacy.settings.retention')}>
        <RetentionForm settings={settings.data} />
      </Card>
      <Typography.Text type="secondary">{t('privacy.settings.moreHint')}</Typography.Text>
    </Flex>
  );
}

function RetentionForm({ settings }: { settings: PrivacySettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const [form] = Form.useForm<PrivacySettings>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const save = useMutation({
    mutationFn: (values: PrivacySettings) =>
      privacyApi.saveSettings({ contactRetentionYears: values.contactRetentionYears ?? null }),
    onSuccess: (saved) => {
      queryClient.setQueryData(privacyKeys.settings, saved);
      message.success(t('privacy.settings.saved'));
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Form form={form} layout="vertical" initialValues={settings} onFinish={(values) => save.mutate(values)}>
      <Typography.Paragraph type="secondary">{t('privacy.settings.retentionHint')}</Typography.Paragraph>
      <Form.Item name="contactRetentionYears" label={t('privacy.settings.years')}>
        <InputNumber
          min={1}
          max={100}
          precision={0}
          disabled={!isAdmin}
          placeholder={t('privacy.settings.keepForever')}
          suffix={t('privacy.settings.yearsSuffix')}
          style={{ width: 200 }}
          data-testid="retention-years"
        />
      </Form.Item>
      {isAdmin ? (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="retention-save">
          {t('common.save')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('privacy.settings.readOnly')}</Typography.Text>
      )}
    </Form>
  );
}
