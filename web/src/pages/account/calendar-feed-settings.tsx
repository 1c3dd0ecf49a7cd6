import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarFeedApi, calendarFeedKeys, useCalendarFeedStatus } from '../../api/calendar-feed.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';

/** 日历订阅: an iCalendar address of the user's open tasks (shown once), replaced or revoked here. */
export function CalendarFeedSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const format = useFormat();
  const status = useCalendarFeedStatus();
  const [url, setUrl] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: calendarFeedApi.create,
    onSuccess: (feed) => {
      setUrl(feed.url);
      void queryClient.invalidateQueries({ queryKey: calendarFeedKeys.status });
    },
    onError: (error) => showError(error),
  });
  const revoke = useMutation({
    mutationFn: calendarFeedApi.revoke,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: calendarFeedKeys.status });
      message.success(t('calendarFeed.revoked'));
    },
    onError: (error) => showError(error),
  });

  if (status.isError) return <LoadErrorResult error={status.error} onRetry={() => void status.refetch()} />;
  const active = status.data?.active ?? false;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('calendarFeed.hint')}</Typography.Text>
      <Typography.Text data-testid="calendar-feed-status">
        {status.isPending
          ? t('common.loading')
          : active
            ? t('calendarFeed.active', { date: format.dateTime(status.data?.createdAt) })
            : t('calendarFeed.inactive')}
      </Typography.Text>
      <Space wrap>
        {active ? (
          <Popconfirm
            title={t('calendarFeed.replaceConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => create.mutateAsync().catch(() => undefined)}
          >
            <Button loading={create.isPending}>{t('calendarFeed.replace')}</Button>
          </Popconfirm>
        ) : (
          <Button
            type="primary"
            loading={create.isPending}
            disabled={status.isPending}
            onClick={() => create.mutate()}
            data-testid="calendar-feed-create"
          >
            {t('calendarFeed.create')}
          </Button>
        )}
        {active && (
          <Popconfirm
            title={t('calendarFeed.revokeConfirm')}
            okText={t('calendarFeed.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync().catch(() => undefined)}
          >
            <Button danger loading={revoke.isPending} data-testid="calendar-feed-revoke">
              {t('calendarFeed.revoke')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Modal
        open={url !== null}
        title={t('calendarFeed.created')}
        onCancel={() => setUrl(null)}
        footer={<Button onClick={() => setUrl(null)}>{t('common.close')}</Button>}
      >
        <Alert type="warning" showIcon title={t('calendarFeed.once')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          code
          copyable={{ text: url ?? '', tooltips: [t('common.copy'), t('common.copied')] }}
          style={{ wordBreak: 'break-all' }}
          data-testid="calendar-feed-url"
        >
          {url}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('calendarFeed.howTo')}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}
