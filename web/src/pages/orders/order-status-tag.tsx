import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../api/domain.types.ts';

const colors: Record<OrderStatus, string> = { paid: 'green', refunded: 'orange', cancelled: 'default' };

/** 已付款 / 已退款 / 已取消. */
export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`order.status.${status}`)}
    </Tag>
  );
}
