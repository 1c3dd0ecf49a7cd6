import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../api/domain.types.ts';
import { ordersApi } from '../../api/orders.api.ts';
import type { OrderDetail } from '../../api/purchase.types.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayWriteCustomers } from '../../session/session-context.ts';
import { OrderFormDrawer } from './order-form.tsx';
import { useOrderSaved } from './use-order-saved.ts';

/** Correct an order, cancel it or mark it refunded (or paid again); not for service staff. */
export function OrderActions({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const orderSaved = useOrderSaved();
  const showError = useApiError();
  const mayWrite = useMayWriteCustomers();
  const form = useOverlay();

  const setStatus = useMutation({
    mutationFn: (status: OrderStatus) => ordersApi.update(order.id, { status }),
    onSuccess: (saved) => {
      orderSaved(saved);
      const done = { paid: 'reopened', cancelled: 'cancelled', refunded: 'refunded' } as const;
      message.success(t(`orderEntry.${done[saved.status]}`));
    },
    onError: (error) => showError(error),
  });
  if (!mayWrite) return null;

  const confirmed = (status: OrderStatus, title: string, label: string, testId: string) => (
    <Popconfirm
      title={title}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => setStatus.mutateAsync(status).catch(() => undefined)}
    >
      <Button size="small" danger loading={setStatus.isPending && setStatus.variables === status} data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );

  return (
    <Space wrap>
      <Button size="small" icon={<EditOutlined />} onClick={() => form.show()} data-testid="order-edit">
        {t('orderEntry.edit')}
      </Button>
      {order.status === 'paid' ? (
        <>
          {confirmed('cancelled', t('orderEntry.cancelConfirm'), t('orderEntry.cancelOrder'), 'order-cancel')}
          {confirmed('refunded', t('orderEntry.refundConfirm'), t('orderEntry.refund'), 'order-refund')}
        </>
      ) : (
        <Button size="small" loading={setStatus.isPending} onClick={() => setStatus.mutate('paid')}>
          {t('orderEntry.reopen')}
        </Button>
      )}
      {form.key > 0 && <OrderFormDrawer key={form.key} open={form.open} onClose={form.hide} order={order} />}
    </Space>
  );
}
