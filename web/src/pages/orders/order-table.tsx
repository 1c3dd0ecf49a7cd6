import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Order } from '../../api/purchase.types.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { OrderStatusTag } from './order-status-tag.tsx';

interface OrderTableProps {
  orders: Order[];
  loading: boolean;
  onOpen: (order: Order) => void;
  /** Leave out the customer column (on a customer's own page). */
  hideCustomer?: boolean;
}

/** Orders, newest first; a click opens the order. On phones one column carrying the essentials. */
export function OrderTable({ orders, loading, onOpen, hideCustomer = false }: OrderTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();

  const customerLink = (order: Order) => (
    <Link
      to={`/customers/${order.customer.id}`}
      onClick={(event) => event.stopPropagation()}
      data-testid="order-customer"
    >
      {order.customer.name}
    </Link>
  );

  const columns: TableColumnsType<Order> = [
    {
      key: 'externalId',
      title: t('order.fields.externalId'),
      render: (_, order) => (
        <Space orientation="vertical" size={0}>
          <Space size={6} wrap>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={(event) => {
                event.stopPropagation();
                onOpen(order);
              }}
              data-testid="order-link"
            >
              {order.externalId}
            </Button>
            {isPhone && <OrderStatusTag status={order.status} />}
          </Space>
          {isPhone && !hideCustomer && customerLink(order)}
          {isPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[format.date(order.orderedAt), format.money(order.total, order.currency), order.channel]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...((hideCustomer
      ? []
      : [
          {
            key: 'customer',
            title: t('order.fields.customer'),
            responsive: ['md'],
            render: (_, order) => customerLink(order),
          },
        ]) as TableColumnsType<Order>),
    {
      key: 'orderedAt',
      title: t('order.fields.orderedAt'),
      responsive: ['md'],
      render: (_, order) => format.dateTime(order.orderedAt),
    },
    {
      key: 'status',
      title: t('order.fields.status'),
      responsive: ['md'],
      render: (_, order) => <OrderStatusTag status={order.status} />,
    },
    {
      key: 'total',
      title: t('order.fields.total'),
      align: 'right',
      responsive: ['md'],
      render: (_, order) => format.money(order.total, order.currency),
    },
    {
      key: 'amountCollected',
      title: t('order.fields.amountCollected'),
      align: 'right',
      responsive: ['lg'],
      render: (_, order) => format.money(order.amountCollected, order.currency),
    },
    {
      key: 'channel',
      title: t('order.fields.channel'),
      responsive: ['lg'],
      render: (_, order) => order.channel ?? t('common.none'),
    },
  ];

  return (
    <Table<Order>
      rowKey="id"
      size={isPhone ? 'small' : 'middle'}
      columns={columns}
      dataSource={orders}
      loading={loading}
      pagination={false}
      showHeader={!isPhone}
      onRow={(order) => ({ onClick: () => onOpen(order), style: { cursor: 'pointer' } })}
      data-testid="order-table"
    />
  );
}
