import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { customerKeys, customersApi } from '../../api/customers.api.ts';
import { ExportButton } from '../../components/export-button.tsx';
import { ListSearchBar } from '../../components/list-search-bar.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayWriteCustomers } from '../../session/session-context.ts';
import { CustomerAnalysisFilters } from './customer-analysis-filters.tsx';
import { useCustomerFilter } from './customer-filter.ts';
import { CustomerFilters } from './customer-filters.tsx';
import { CustomerFormDrawer } from './customer-form.tsx';
import { CustomerTable } from './customer-table.tsx';

const pageSize = 50;

/** 客户: search, filter, sort and page through the customers the user may see. */
export function CustomerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const format = useFormat();
  const { filter, update, clear, activeCount, isFiltered } = useCustomerFilter();
  const [search, setSearch] = useState(filter.q ?? '');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const customerForm = useOverlay();

  useEffect(() => {
    // Only a settled search goes to the URL (not the stale one right after "clear filters").
    if (debouncedSearch === search.trim() && debouncedSearch !== (filter.q ?? '')) update({ q: debouncedSearch });
  }, [debouncedSearch, search, filter.q, update]);

  const customers = useInfiniteQuery({
    queryKey: customerKeys.list(filter),
    queryFn: ({ pageParam }) => customersApi.list({ ...filter, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = customers.data?.pages.flatMap((page) => page.items) ?? [];
  const total = customers.data?.pages[0]?.total;

  const mayWrite = useMayWriteCustomers();
  const newCustomerButton = mayWrite && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => customerForm.show()} data-testid="customer-new">
      {t('customer.new')}
    </Button>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customer.title')}
        </Typography.Title>
        <Space wrap>
          <ExportButton kind="customers" filter={filter} compact={isPhone} />
          {newCustomerButton}
        </Space>
      </Flex>

      <Card size="small" styles={{ body: { padding: isPhone ? 8 : 12 } }}>
        <Flex vertical gap={8}>
          <ListSearchBar
            placeholder={t('customerList.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            testId="customer-search"
            activeFilterCount={activeCount}
            filtersOpen={filtersOpen}
            onToggleFilters={() => setFiltersOpen((open) => !open)}
          />
          <CustomerAnalysisFilters filter={filter} onChange={update} />
          {(!isPhone || filtersOpen) && (
            <CustomerFilters
              filter={filter}
              stacked={isPhone}
              onChange={update}
              onClear={() => {
                setSearch('');
                clear();
              }}
            />
          )}
        </Flex>
      </Card>

      {customers.isError && !customers.data ? (
        <LoadErrorResult error={customers.error} onRetry={() => void customers.refetch()} />
      ) : !customers.isPending && items.length === 0 ? (
        <Card>
          <Empty description={isFiltered ? t('customer.noMatch') : t('customer.empty')} data-testid="customer-empty">
            {isFiltered ? (
              <Button
                onClick={() => {
                  setSearch('');
                  clear();
                }}
              >
                {t('common.clearFilters')}
              </Button>
            ) : (
              <Flex vertical align="center" gap={12}>
                <Typography.Text type="secondary">{t('customer.emptyHint')}</Typography.Text>
                {mayWrite && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => customerForm.show()}>
                    {t('customer.createFirst')}
                  </Button>
                )}
              </Flex>
            )}
          </Empty>
        </Card>
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <CustomerTable
            customers={items}
            loading={customers.isPending || (customers.isFetching && !customers.isFetchingNextPage)}
            sort={filter.sort}
            onSortChange={(sort) => update({ sort })}
            watching={Boolean(filter.watch)}
          />
          <Flex justify="space-between" align="center" style={{ padding: 12 }} gap={8} wrap>
            <Typography.Text type="secondary" data-testid="customer-total">
              {total &&
                `${t(total.exact ? 'customerList.total' : 'customerList.totalAbout', {
                  count: total.count,
                  formatted: format.integer(total.count),
                })} · `}
              {t('customerList.shown', { count: items.length, formatted: format.integer(items.length) })}
            </Typography.Text>
            {customers.hasNextPage ? (
              <Button
                onClick={() => void customers.fetchNextPage()}
                loading={customers.isFetchingNextPage}
                data-testid="customer-load-more"
              >
                {t('common.loadMore')}
              </Button>
            ) : (
              items.length > 0 && <Typography.Text type="secondary">{t('common.allLoaded')}</Typography.Text>
            )}
          </Flex>
        </Card>
      )}

      {customerForm.key > 0 && (
        <CustomerFormDrawer
          key={customerForm.key}
          open={customerForm.open}
          onClose={customerForm.hide}
          onSaved={(customer) => {
            customerForm.hide();
            navigate(`/customers/${customer.id}`);
          }}
        />
      )}
    </Flex>
  );
}
