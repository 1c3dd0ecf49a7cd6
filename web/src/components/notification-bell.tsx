import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Empty, Flex, Popover, Skeleton, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../api/contact.types.ts';
import {
  notificationKeys,
  notificationsApi,
  useNotifications,
  useUnreadNotificationCount,
} from '../api/notifications.api.ts';
import { useApiError } from '../hooks/use-api-error.ts';
import { useFormat } from '../hooks/use-format.ts';
import { useIsPhone } from '../hooks/use-is-phone.ts';

/** The header's bell: unread count, the latest 20 notifications; a click marks one read and opens it. */
export function NotificationBell() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotificationCount();
  const count = unread.data ?? 0;
  const button = (
    <Button
      type="text"
      aria-label={t('notifications.bell', { count })}
      title={t('notifications.bell', { count })}
      onClick={isPhone ? () => setOpen(true) : undefined}
      data-testid="notification-bell"
      icon={
        <Badge count={count} size="small" overflowCount={99} data-testid="notification-count">
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      }
    />
  );
  // On a phone a popover would not fit beside the header's other buttons: a drawer from the top does.
  if (isPhone)
    return (
      <>
        {button}
        <Drawer
          placement="top"
          size="auto"
          open={open}
          onClose={() => setOpen(false)}
          title={<NotificationsTitle />}
          styles={{ body: { padding: 0 } }}
          destroyOnHidden
        >
          <NotificationList enabled={open} onOpened={() => setOpen(false)} />
        </Drawer>
      </>
    );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<NotificationsTitle />}
      content={<NotificationList enabled={open} onOpened={() => setOpen(false)} />}
      styles={{ container: { width: 380, padding: 0 } }}
      destroyOnHidden
    >
      {button}
    </Popover>
  );
}

function NotificationsTitle() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const readAll = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      message.success(t('notifications.allRead'));
    },
    onError: (error) => showError(error),
  });
  return (
    <Flex justify="space-between" align="center" style={{ padding: '8px 12px 0' }}>
      {t('notifications.title')}
      <Button size="small" type="link" loading={readAll.isPending} onClick={() => readAll.mutate()}>
        {t('notifications.markAllRead')}
      </Button>
    </Flex>
  );
}

function NotificationList({ enabled, onOpened }: { enabled: boolean; onOpened: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { token } = theme.useToken();
  const notifications = useNotifications(enabled);

  const open = useMutation({
    mutationFn: (notification: Notification) =>
      notification.readAt ? Promise.resolve(notification) : notificationsApi.markRead(notification.id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });

  const go = (notification: Notification) => {
    open.mutate(notification);
    onOpened();
    navigate(notification.customerId ? `/customers/${notification.customerId}` : '/work');
  };

  if (notifications.isPending) return <Skeleton active paragraph={{ rows: 3 }} style={{ padding: 12 }} />;
  const items = notifications.data?.items ?? [];
  if (items.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} style={{ padding: 12 }} />
    );
  return (
    <div style={{ maxHeight: '60vh', overflowY: 'auto' }} data-testid="notification-list">
      {items.map((notification) => (
        <button
          type="button"
          key={notification.id}
          onClick={() => go(notification)}
          style={{
            display: 'block',
            width: '100%',
            textAlign: 'start',
            border: 'none',
            borderTop: `1px solid ${token.colorBorderSecondary}`,
            padding: '8px 12px',
            cursor: 'pointer',
            background: notification.readAt ? 'transparent' : token.colorPrimaryBg,
          }}
          data-testid="notification-item"
        >
          <Typography.Text strong={!notification.readAt} style={{ display: 'block', overflowWrap: 'anywhere' }}>
            {notification.title}
          </Typography.Text>
          {notification.body && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, overflowWrap: 'anywhere' }}>
              {notification.body}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[notification.customerName, format.dateTime(notification.createdAt)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </button>
      ))}
    </div>
  );
}
