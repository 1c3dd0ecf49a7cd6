import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Card, Checkbox, Empty, Flex, Skeleton, Timeline } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TimelineKind, timelineKinds } from '../../api/domain.types.ts';
import { timelineApi, timelineKeys } from '../../api/timeline.api.ts';
import { ListFooter } from '../../components/list-footer.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { OrderDetailDrawer } from '../orders/order-detail-drawer.tsx';
import { TimelineEntryContent, timelineIcon } from './timeline-entry.tsx';

const pageSize = 20;
const kindColors: Record<TimelineKind, string> = {
  interaction: 'blue',
  order: 'green',
  task: 'gray',
  analysis: 'gray',
};

/** 时间线: everything said and done with a customer, newest first: contacts, orders, tasks, analyses' moves. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>([...timelineKinds]);
  const order = useOverlay<string>();
  const entries = useInfiniteQuery({
    queryKey: timelineKeys.customer(customerId, kinds),
    queryFn: ({ pageParam }) => timelineApi.list(customerId, { kinds, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled: kinds.length > 0,
  });
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];

  let body: ReactNode;
  if (kinds.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.noKinds')} />;
  else if (entries.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (entries.isError && !entries.data)
    body = <LoadErrorResult error={entries.error} onRetry={() => void entries.refetch()} />;
  else if (items.length === 0)
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} data-testid="timeline-empty" />
    );
  else
    body = (
      <>
        <Timeline
          items={items.map((entry) => ({
            key: `${entry.kind}-${entry.id}`,
            icon: timelineIcon(entry),
            color: kindColors[entry.kind],
            content: <TimelineEntryContent entry={entry} onOpenOrder={order.show} />,
          }))}
        />
        <ListFooter
          countLabel={t('timeline.count', { count: items.length })}
          hasMore={entries.hasNextPage}
          loading={entries.isFetchingNextPage}
          onLoadMore={() => void entries.fetchNextPage()}
          testId="timeline-load-more"
        />
      </>
    );

  return (
    <Card size="small" title={t('timeline.title')} data-testid="customer-timeline">
      <Flex vertical gap={12}>
        <Checkbox.Group<TimelineKind>
          aria-label={t('timeline.kindsLabel')}
          value={kinds}
          onChange={(next) => setKinds(timelineKinds.filter((kind) => next.includes(kind)))}
          options={timelineKinds.map((kind) => ({ value: kind, label: t(`timeline.kinds.${kind}`) }))}
          data-testid="timeline-kinds"
        />
        {body}
      </Flex>
      {order.key > 0 && (
        <OrderDetailDrawer key={order.key} orderId={order.payload} open={order.open} onClose={order.hide} />
      )}
    </Card>
  );
}
