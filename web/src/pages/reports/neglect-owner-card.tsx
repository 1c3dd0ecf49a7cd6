import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NeglectReport, useNeglectedCustomers } from '../../api/reports.api.ts';
import { ListFooter } from '../../components/list-footer.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { NeglectedCustomerTable } from './neglected-customer-table.tsx';

type OwnerGroup = NeglectReport['owners'][number];

interface NeglectOwnerCardProps {
  group: OwnerGroup;
  days: number;
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/**
 * One relationship manager's neglected customers: the most valuable first, and on asking every one of
 * them, page by page.
 */
export function NeglectOwnerCard({ group, days, selection }: NeglectOwnerCardProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const scope = group.owner ? { days, ownerId: group.owner.id } : { days, noOwner: true };
  const all = useNeglectedCustomers(scope, showAll);
  const more = group.count > group.customers.length;
  const loaded = all.data?.pages.flatMap((page) => page.items);
  const customers = showAll && loaded ? loaded : group.customers;

  let toggle: React.ReactNode = (
    <Typography.Text type="secondary">{t('neglect.customers', { count: group.count })}</Typography.Text>
  );
  if (more)
    toggle = (
      <Button size="small" type="link" onClick={() => setShowAll(!showAll)} data-testid="neglect-show-all">
        {showAll
          ? t('neglectActions.showTop', { count: group.customers.length })
          : t('neglectActions.showAll', { count: group.count })}
      </Button>
    );

  return (
    <Card
      size="small"
      title={group.owner?.name ?? t('neglect.noOwner')}
      extra={toggle}
      styles={{ body: { padding: 0 } }}
      data-testid="neglect-owner"
    >
      {showAll && all.isError && !all.data ? (
        <LoadErrorResult error={all.error} onRetry={() => void all.refetch()} />
      ) : (
        <NeglectedCustomerTable
          customers={customers}
          loading={showAll && all.isFetching && !all.isFetchingNextPage}
          selection={selection}
        />
      )}
      {more && (
        <ListFooter
          countLabel={t('neglectActions.shown', { shown: customers.length, count: group.count })}
          hasMore={!showAll || Boolean(all.hasNextPage)}
          loading={all.isFetchingNextPage}
          onLoadMore={() => (showAll ? void all.fetchNextPage() : setShowAll(true))}
          testId="neglect-load-more"
        />
      )}
    </Card>
  );
}
