import { Descriptions, Drawer, Flex, Result, Skeleton, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOrder } from '../../api/orders.api.ts';
import type { OrderDetail, OrderLine } from '../../api/purchase.types.ts';
import { isApiError } from '../../api-client.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { OrderActions } from './order-actions.tsx';
import { OrderStatusTag } from './order-status-tag.tsx';

interface OrderDetailDrawerProps {
  orderId: string | undefined;
  open: boolean;
  onClose: () => void;
}

/** One order: its header and its lines (product, quantity, unit price, unit cost, amount). */
export function OrderDetailDrawer({ orderId, open, onClose }: OrderDetailDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const order = useOrder(orderId);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      title={order.data ? t('order.detail.title', { number: order.data.externalId }) : t('order.title')}
      data-testid="order-detail"
    >
      {order.isPending ? (
        <Skeleton active />
      ) : order.isError ? (
        isApiError(order.error, 404) ? (
          <Result status="404" title={t('order.detail.notFound')} />
        ) : (
          <LoadErrorResult error={order.error} onRetry={() => void order.refetch()} />
        )
      ) : (
        <OrderDetailBody order={order.data} />
      )}
    </Drawer>
  );
}

function OrderDetailBody({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const money = (amount: string | null) => (amount === null ? t('common.none') : format.money(amount, order.currency));

  const columns: TableColumnsType<OrderLine> = [
    {
      key: 'product',
      title: t('order.detail.product'),
      render: (_, line) =>
        line.product ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text>{line.product.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[line.product.sku, line.description].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Space>
        ) : line.description ? (
          <Typography.Text>{line.description}</Typography.Text>
        ) : (
          <Typography.Text type="secondary" italic>
            {t('order.detail.unknownProduct')}
          </Typography.Text>
        ),
    },
    {
      key: 'quantity',
      title: t('order.detail.quantity'),
      align: 'right',
      render: (_, line) => format.quantity(line.quantity),
    },
    {
      key: 'unitPrice',
      title: t('order.detail.unitPrice'),
      align: 'right',
      render: (_, line) => money(line.unitPrice),
    },
    {
      key: 'unitCost',
      title: t('order.detail.unitCost'),
      align: 'right',
      responsive: ['sm'],
      render: (_, line) => money(line.unitCost),
    },
    { key: 'amount', title: t('order.detail.amount'), align: 'right', render: (_, line) => money(line.amount) },
  ];

  return (
    <Flex vertical gap={16}>
      <OrderActions order={order} />
      <Descriptions
        size="small"
        column={isPhone ? 1 : 2}
        bordered
        items={[
          { key: 'externalId', label: t('order.fields.externalId'), children: order.externalId },
          {
            key: 'customer',
            label: t('order.fields.customer'),
            children: <Link to={`/customers/${order.customer.id}`}>{order.customer.name}</Link>,
          },
          { key: 'orderedAt', label: t('order.fields.orderedAt'), children: format.dateTime(order.orderedAt) },
          { key: 'status', label: t('order.fields.status'), children: <OrderStatusTag status={order.status} /> },
          {
            key: 'total',
            label: t('order.fields.total'),
            children: <Typography.Text strong>{money(order.total)}</Typography.Text>,
          },
          { key: 'collected', label: t('order.fields.amountCollected'), children: money(order.amountCollected) },
          { key: 'channel', label: t('order.fields.channel'), children: order.channel ?? t('common.none') },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('order.detail.lines')}
      </Typography.Title>
      <Table<OrderLine>
        rowKey="lineNo"
        size="small"
        columns={columns}
        dataSource={order.lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="order-lines"
      />
    </Flex>
  );
}
