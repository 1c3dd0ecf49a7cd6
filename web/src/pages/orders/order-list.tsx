import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderFilter, orderKeys, ordersApi } from '../../api/orders.api.ts';
import type { Order } from '../../api/purchase.types.ts';
import { ListFooter } from '../../components/list-footer.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { OrderDetailDrawer } from './order-detail-drawer.tsx';
import { OrderTable } from './order-table.tsx';

const pageSize = 50;

interface OrderListProps {
  filter: OrderFilter;
  /** Shown when no order matches, with what the user can do about it. */
  empty: ReactNode;
  emptyAction?: ReactNode;
  hideCustomer?: boolean;
  /** Card header (e.g. on the customer page); none on the Orders page. */
  title?: ReactNode;
  extra?: ReactNode;
}

/** A card of orders matching a filter, loaded by keyset pages, each opening in a drawer. */
export function OrderList({ filter, empty, emptyAction, hideCustomer, title, extra }: OrderListProps) {
  const { t } = useTranslation();
  const detail = useOverlay<Order>();
  const orders = useInfiniteQuery({
    queryKey: orderKeys.list(filter),
    queryFn: ({ pageParam }) => ordersApi.list({ ...filter, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  if (orders.isError && !orders.data) {
    return (
      <Card size="small" title={title} extra={extra}>
        <LoadErrorResult error={orders.error} onRetry={() => void orders.refetch()} />
      </Card>
    );
  }
  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { padding: 0 } }}>
      {!orders.isPending && items.length === 0 ? (
        <Empty style={{ padding: 24 }} description={empty} data-testid="order-empty">
          {emptyAction}
        </Empty>
      ) : (
        <>
          <OrderTable
            orders={items}
            loading={orders.isPending || (orders.isFetching && !orders.isFetchingNextPage)}
            onOpen={(order) => detail.show(order)}
            hideCustomer={hideCustomer}
          />
          <ListFooter
            countLabel={t('order.count', { count: items.length })}
            hasMore={orders.hasNextPage}
            loading={orders.isFetchingNextPage}
            onLoadMore={() => void orders.fetchNextPage()}
            testId="order-load-more"
          />
        </>
      )}
      {detail.key > 0 && (
        <OrderDetailDrawer key={detail.key} orderId={detail.payload?.id} open={detail.open} onClose={detail.hide} />
      )}
    </Card>
  );
}
